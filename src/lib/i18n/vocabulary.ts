// The name of a code in a reader's language: a provider type, an EQF level, an inclusion group,
// an Annex I element ('1'-'11', 'all'), an Annex II principle. A code the catalogue does not know
// reads as itself (codes come from data, and a new one must not show as "undefined").
import { en, type MessageKey } from './messages/en';
import type { Translate } from './translate';

/** Dimensions whose codes are named in the catalogue as `vocab.<dimension>.<code>`. */
export type VocabularyDimension =
	| 'provider_type'
	| 'learning_setting'
	| 'eqf_level'
	| 'ects_band'
	| 'participation_form'
	| 'field'
	| 'topic'
	| 'funding'
	| 'digital_format'
	| 'group'
	| 'annex1'
	| 'annex2'
	| 'basis'
	| 'measure_status';

const TOTAL = '_T';
const UNKNOWN = 'UNK';

function known(key: string): key is MessageKey {
	return key in en;
}

export function codeLabel(t: Translate, dimension: VocabularyDimension, code: string): string {
	const own = `vocab.${dimension}.${code}`;
	if (known(own)) return t(own);
	if (code === TOTAL) return t('vocab.any._T');
	if (code === UNKNOWN) return t('vocab.any.UNK');
	if (dimension === 'eqf_level' && /^[1-8]$/.test(code))
		return t('vocab.eqf_level.level', { level: code });
	return code;
}

/** The name of a dimension of the uptake table ("Provider type"). */
export function dimensionLabel(t: Translate, dimension: string): string {
	const key = `vocab.dimension.${dimension}`;
	return known(key) ? t(key) : dimension;
}
