// Messages of the /country page (keys 'country.…'). English defines the keys; French and German translate
// every one of them (test/unit/i18n/catalogue.test.ts).

export const countryEn = {} as const;

type CountryKey = keyof typeof countryEn;

export const countryFr: Record<CountryKey, string> = {};

export const countryDe: Record<CountryKey, string> = {};
