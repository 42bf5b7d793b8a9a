// Messages of the /quality page (keys 'quality.…'). English defines the keys; French and German translate
// every one of them (test/unit/i18n/catalogue.test.ts).

export const qualityEn = {} as const;

type QualityKey = keyof typeof qualityEn;

export const qualityFr: Record<QualityKey, string> = {};

export const qualityDe: Record<QualityKey, string> = {};
