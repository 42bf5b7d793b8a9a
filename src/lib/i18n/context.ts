import { getContext, setContext } from 'svelte';
import type { Lang } from './langs';
import { createTranslator, type Translate } from './translate';

export interface I18n {
	readonly lang: Lang;
	readonly t: Translate;
}

const KEY = Symbol('i18n');

/** Set once by the layout; every component reads the translator from here, not from a prop. */
export function setI18n(lang: () => Lang): void {
	const translators = new Map<Lang, Translate>();
	setContext<I18n>(KEY, {
		get lang() {
			return lang();
		},
		get t() {
			const current = lang();
			let t = translators.get(current);
			if (!t) translators.set(current, (t = createTranslator(current)));
			return t;
		}
	});
}

export function useI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n)
		throw new Error('useI18n: no translator in context (is the component under the layout?)');
	return i18n;
}
