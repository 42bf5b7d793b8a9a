import { toLang } from '$lib/i18n/langs';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ params, data }) => ({ ...data, lang: toLang(params.lang) });
