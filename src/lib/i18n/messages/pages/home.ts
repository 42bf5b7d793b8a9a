// Messages of the /home page (keys 'home.…'). English defines the keys; French and German translate
// every one of them (test/unit/i18n/catalogue.test.ts).

export const homeEn = {} as const;

type HomeKey = keyof typeof homeEn;

export const homeFr: Record<HomeKey, string> = {};

export const homeDe: Record<HomeKey, string> = {};
