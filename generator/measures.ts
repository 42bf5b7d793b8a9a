import { PARAGRAPHS, type MeasureStatus, type Paragraph } from '../core/contract/vocabularies';
import type { CountryTraits } from './country-traits';
import { daysFromCivil, formatDays } from './dates';
import { FORMULAS } from './dirty';
import { createRng, Weighted } from './prng';
import type { DirtMaker } from './table-dirt';

// What each paragraph asks of Member States, as a short title for a made-up measure.
const PARAGRAPH_TOPICS: Readonly<Record<Paragraph, string>> = {
	'6a': 'National definition of micro-credentials aligned with the EU definition',
	'6b': 'Adoption of the Annex I standard elements in national credential templates',
	'6c': 'Guidelines applying the European principles for micro-credentials',
	'7a': 'Lifelong learning micro-credential programme for higher education institutions',
	'7b': 'Micro-credentials in continuing VET and Centres of Vocational Excellence',
	'7c': 'Public funding line for short courses leading to micro-credentials',
	'8a': 'Support for micro-credentials issued by companies and civil society',
	'8b': 'Sectoral micro-credentials agreed through social dialogue',
	'8c': 'Validation of prior learning leading to micro-credentials',
	'9a': 'Quality assurance framework for micro-credentials of all providers',
	'9b': 'Skills intelligence system to identify needs for micro-credentials',
	'9c': 'Encouraging providers to publish micro-credential catalogues',
	'9d': 'Inclusion of micro-credentials in the national qualifications framework',
	'10': 'National stakeholder platform on micro-credentials',
	'11a': 'Micro-credentials listed in the national learning opportunities database',
	'11b': 'Micro-credentials for disadvantaged and vulnerable groups',
	'11c': 'Flexible pathways from VET to tertiary education through micro-credentials',
	'11d': 'Micro-credentials integrated in degree programmes',
	'11e': 'Digital skills micro-credential scheme',
	'11f': 'Green transition micro-credentials',
	'11g': 'Regional innovation ecosystems using micro-credentials',
	'11h': 'Professional development of teachers and guidance counsellors',
	'11i': 'Transfer of research findings into micro-credentials',
	'11j': 'Micro-credentials challenging gender stereotypes in study choices',
	'12a': 'Micro-credentials for skills shortages in the digital and green sectors',
	'12b': 'Micro-credentials eligible for individual learning accounts',
	'12c': 'Upskilling of self-employed and platform workers',
	'12d': 'Micro-credentials in activation measures for the long-term unemployed',
	'12e': 'Micro-credentials in the reinforced Youth Guarantee',
	'12f': 'Micro-credentials in active support to employment after COVID-19',
	'12g': 'Micro-credentials for mandatory upskilling and licences',
	'13': 'Recognition procedures for micro-credentials with the ENIC-NARIC centre',
	'14': 'Information on micro-credentials in lifelong guidance services',
	'15a': 'National implementation plan for the Recommendation',
	'15b': 'Use of EU funds (ESF+, RRF) for micro-credential reforms'
};

const FREQUENT: ReadonlySet<string> = new Set([
	'6b',
	'9a',
	'9c',
	'9d',
	'11a',
	'11b',
	'12b',
	'15a',
	'15b'
]);

/** Adoption of the Recommendation (16 June 2022): measures start from then. */
const ADOPTION = daysFromCivil(2022, 6, 16);

export function createMeasures(
	seed: string,
	countries: readonly CountryTraits[],
	asOfDays: number
): string[][] {
	const rng = createRng(seed, 'measures');
	const picker = new Weighted(PARAGRAPHS.map((p) => [p, FREQUENT.has(p) ? 3 : 1] as const));
	const rows: string[][] = [];
	for (const country of countries) {
		const wanted = rng.range(6, 16);
		const chosen = new Set<Paragraph>();
		while (chosen.size < wanted) chosen.add(picker.pick(rng));
		const paragraphs = PARAGRAPHS.filter((p) => chosen.has(p));
		paragraphs.forEach((paragraph, i) => {
			const span = asOfDays - ADOPTION;
			const start = span > 0 ? ADOPTION + rng.int(span + 1) : undefined;
			const age = start === undefined ? 0 : (asOfDays - start) / 365;
			const roll = rng.float();
			const status: MeasureStatus =
				start === undefined || roll < 0.35 - age * 0.1
					? 'planned'
					: roll < 0.75 - age * 0.15
						? 'in_progress'
						: 'implemented';
			const hasDate = start !== undefined && (status !== 'planned' || rng.chance(0.5));
			const budget = rng.chance(0.35)
				? ''
				: String(
						Math.round(rng.logNormal(2_000_000 * Math.sqrt(country.population / 1e7), 1) / 1000) *
							1000
					);
			const topic = PARAGRAPH_TOPICS[paragraph];
			rows.push([
				country.geo,
				paragraph,
				status,
				`[Synthetic] ${country.nameEn}: ${topic}`,
				`Synthetic test record, not a real measure. Made up to answer paragraph ${paragraph} ` +
					`of Council Recommendation 2022/C 243/02: ${topic.toLowerCase()}.`,
				hasDate && start !== undefined ? formatDays(start, 'iso') : '',
				budget,
				`https://example.org/synthetic/measures/${country.geo.toLowerCase()}/${i + 1}`
			]);
		});
	}
	return rows;
}

export const MEASURE_DIRTY_KINDS = [
	'unknown_country',
	'unknown_paragraph',
	'unknown_status',
	'impossible_date',
	'negative_budget',
	'missing_title',
	'formula_injection'
] as const;
export type MeasureDirtyKind = (typeof MEASURE_DIRTY_KINDS)[number];

export function measureDirt(rows: readonly string[][]): DirtMaker<MeasureDirtyKind> {
	return (kind, source, rng) => {
		const fields = [...rows[source]];
		switch (kind) {
			case 'unknown_country':
				fields[0] = rng.pick(['XX', 'Atlantis']);
				return { fields, column: 'country' };
			case 'unknown_paragraph':
				fields[1] = rng.pick(['16z', '25', '9e']);
				return { fields, column: 'paragraph' };
			case 'unknown_status':
				fields[2] = rng.pick(['done', 'ongoing?', 'cancelled']);
				return { fields, column: 'status' };
			case 'impossible_date':
				fields[5] = rng.pick(['2023-02-30', '2022-11-31', '2024-13-01']);
				return { fields, column: 'start_date' };
			case 'negative_budget':
				fields[6] = `-${fields[6] || '50000'}`;
				return { fields, column: 'budget_eur' };
			case 'missing_title':
				fields[3] = '';
				return { fields, column: 'title' };
			case 'formula_injection':
				fields[3] = rng.pick(FORMULAS);
				return { fields, column: 'title' };
		}
	};
}
