import type { Handle } from '@sveltejs/kit';
import { toLang } from '$lib/i18n/langs';

export const handle: Handle = ({ event, resolve }) => {
	const lang = toLang(event.params.lang);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
