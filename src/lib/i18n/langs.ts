export const LANGS = ['en', 'fr', 'de'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';
/** Languages whose pages live under a /xx prefix; English is at the root. */
export const PREFIXED_LANGS = LANGS.filter((l) => l !== DEFAULT_LANG);

export function toLang(value: string | undefined): Lang {
	return (LANGS as readonly string[]).includes(value ?? '') ? (value as Lang) : DEFAULT_LANG;
}

/** The path of a page in a language: `/participation` -> `/fr/participation`. */
export function localisePath(path: string, lang: Lang): string {
	const clean = path.startsWith('/') ? path : `/${path}`;
	if (lang === DEFAULT_LANG) return clean;
	return clean === '/' ? `/${lang}` : `/${lang}${clean}`;
}

/** Strips a language prefix: `/fr/participation` -> `/participation`. */
export function delocalisePath(path: string): string {
	for (const lang of PREFIXED_LANGS) {
		if (path === `/${lang}`) return '/';
		if (path.startsWith(`/${lang}/`)) return path.slice(lang.length + 1);
	}
	return path;
}
