import type { ParamMatcher } from '@sveltejs/kit';
import { PREFIXED_LANGS } from '$lib/i18n/langs';

export const match: ParamMatcher = (param) => (PREFIXED_LANGS as readonly string[]).includes(param);
