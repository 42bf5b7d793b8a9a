import { EU_AGGREGATE, geoName } from '$core/contract/countries';
import { INCLUSION_GEOS, INCLUSION_GROUPS, type InclusionRow } from '$core/queries/inclusion';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator, type Translate } from '$lib/i18n/translate';
import { isHidden, representationState } from './cells';
import { groupInSentence, groupName, populationName } from './labels';

// The largest gaps of a year in plain words, from the rows of the heat map: where a group is
// furthest from parity among the learners (either way, on a log scale: 0.5 and 2 are as far),
// how that compares with adult learning as a whole, and what cannot be read (hidden cells,
// groups without a population baseline). Every sentence comes from the catalogue.

export interface GapReading {
	/** The EU's representation ratio for each group with a baseline. */
	readonly eu: readonly string[];
	/** The Member States' cells furthest from parity, furthest first. */
	readonly gaps: readonly string[];
	/** Groups with only the AES ratio: their widest gap in adult learning. */
	readonly aes: readonly string[];
	/** What the reading leaves out. */
	readonly notes: readonly string[];
}

export const GAP_LIMIT = 5;

const position = (row: InclusionRow) =>
	INCLUSION_GEOS.indexOf(row.geo) * INCLUSION_GROUPS.length + INCLUSION_GROUPS.indexOf(row.group);

/** How far a ratio is from parity: |ln ratio| (0.5 and 2 are as far). */
export const distanceFromParity = (ratio: number) => Math.abs(Math.log(ratio));

/** The Member States' cells with a representation ratio, furthest from parity first. */
export function largestGaps(rows: readonly InclusionRow[], limit = GAP_LIMIT): InclusionRow[] {
	return rows
		.filter(
			(r) =>
				r.geo !== EU_AGGREGATE &&
				representationState(r) === 'value' &&
				(r.representation_ratio ?? 0) > 0
		)
		.sort(
			(a, b) =>
				distanceFromParity(b.representation_ratio!) - distanceFromParity(a.representation_ratio!) ||
				position(a) - position(b)
		)
		.slice(0, limit);
}

/** "In 2025, low-qualified adults are 21.0 % of adults aged 25-64 in Portugal but …". */
export function gapSentence(t: Translate, lang: Lang, row: InclusionRow): string {
	const pct = createNumberFormat(lang, 1);
	const ratio = createNumberFormat(lang, 2);
	const r = row.representation_ratio!;
	const params = {
		year: row.year ?? '',
		group: groupInSentence(t, row.group),
		population: pct(row.population_share!),
		basis: populationName(t, row.population_basis),
		country: geoName(row.geo, lang),
		baselineYear:
			row.population_year !== null && row.population_year !== row.year
				? t('inclusion.reading.baseline_year', { year: row.population_year })
				: '',
		share: pct(row.share_of_learners!),
		ratio: ratio(r)
	};
	const sentence = t(r < 1 ? 'inclusion.reading.under' : 'inclusion.reading.over', params);
	if (row.aes_rate_ratio === null) return sentence;
	return `${sentence} ${t('inclusion.reading.aes', {
		ratio: ratio(row.aes_rate_ratio),
		year: row.aes_year ?? ''
	})}`;
}

/** The AES gap of a group without a population baseline: its lowest ratio among the 27. */
function aesSentence(t: Translate, lang: Lang, rows: readonly InclusionRow[]): string | null {
	const members = rows
		.filter((r) => r.geo !== EU_AGGREGATE && r.aes_rate_ratio !== null)
		.sort((a, b) => a.aes_rate_ratio! - b.aes_rate_ratio! || position(a) - position(b));
	const widest = members[0];
	if (!widest) return null;
	const ratio = createNumberFormat(lang, 2);
	const eu = rows.find((r) => r.geo === EU_AGGREGATE && r.aes_rate_ratio !== null);
	return t(eu ? 'inclusion.reading.aes_only' : 'inclusion.reading.aes_only_no_eu', {
		group: groupName(t, widest.group),
		year: widest.aes_year ?? '',
		country: geoName(widest.geo, lang),
		ratio: ratio(widest.aes_rate_ratio!),
		eu: eu ? ratio(eu.aes_rate_ratio!) : ''
	});
}

/** The reading of one year's rows (the EU and the Member States, every group). */
export function readGaps(rows: readonly InclusionRow[], lang: Lang, limit = GAP_LIMIT): GapReading {
	const t = createTranslator(lang);
	const eu = rows
		.filter((r) => r.geo === EU_AGGREGATE && representationState(r) === 'value')
		.sort((a, b) => position(a) - position(b))
		.map((r) => gapSentence(t, lang, r));
	const gaps = largestGaps(rows, limit).map((r) => gapSentence(t, lang, r));
	const aes = INCLUSION_GROUPS.flatMap((group) => {
		const own = rows.filter((r) => r.group === group);
		if (own.some((r) => r.population_share !== null)) return [];
		const sentence = aesSentence(t, lang, own);
		return sentence ? [sentence] : [];
	});
	const hidden = rows.filter(isHidden).length;
	const year = rows.find((r) => r.year !== null)?.year ?? '';
	const notes = [
		...(gaps.length === 0 ? [t('inclusion.reading.none', { year })] : []),
		...(hidden === 1 ? [t('inclusion.reading.hidden_one')] : []),
		...(hidden > 1 ? [t('inclusion.reading.hidden', { count: hidden })] : [])
	];
	return { eu, gaps, aes, notes };
}
