import { toLang } from '$lib/i18n/langs';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params }) => ({ lang: toLang(params.lang) });
