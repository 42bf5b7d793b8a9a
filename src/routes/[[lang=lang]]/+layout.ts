import { toLang } from '$lib/i18n/langs';

export function load({ params }) {
	return { lang: toLang(params.lang) };
}
