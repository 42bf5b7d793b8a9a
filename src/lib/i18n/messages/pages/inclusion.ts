// Messages of the /inclusion page (keys 'inclusion.…'). English defines the keys; French and German translate
// every one of them (test/unit/i18n/catalogue.test.ts).

export const inclusionEn = {} as const;

type InclusionKey = keyof typeof inclusionEn;

export const inclusionFr: Record<InclusionKey, string> = {};

export const inclusionDe: Record<InclusionKey, string> = {};
