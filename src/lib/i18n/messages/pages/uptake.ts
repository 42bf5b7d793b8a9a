// Messages of the /uptake page (keys 'uptake.…'). English defines the keys; French and German translate
// every one of them (test/unit/i18n/catalogue.test.ts).

export const uptakeEn = {} as const;

type UptakeKey = keyof typeof uptakeEn;

export const uptakeFr: Record<UptakeKey, string> = {};

export const uptakeDe: Record<UptakeKey, string> = {};
