import { describe, expect, it } from 'vitest';
import {
	buildCoverageSql,
	buildCoverageYearsSql,
	coveredIndicators,
	coverageShares,
	COVERAGE_GEOS,
	type CoverageRow,
	type CoverageTableInfo
} from '../../../core/queries/coverage';
import { classIndex } from '../../../src/lib/charts/choropleth';
import {
	columnHeader,
	coverageClasses,
	coverageMapInput,
	coverageNotes,
	coverageSharesTable,
	coverageTableModel,
	shareText
} from '../../../src/lib/report/coverage/model';
import { coverageMatrixOption } from '../../../src/lib/report/coverage/figures';
import { createTranslator } from '../../../src/lib/i18n/translate';

const row = (over: Partial<CoverageRow>): CoverageRow => ({
	indicator: 'lfs_4w',
	geo: 'AT',
	year: 2023,
	flags: '',
	status: 'available',
	years: 1,
	first_year: 2023,
	last_year: 2023,
	source_table: 'lfs_participation_4w',
	source: 'trng_lfse_04',
	kind: 'official',
	experimental: false,
	...over
});

// Two countries, three indicators: AT has all (one hidden), BE has one of three.
const ROWS: CoverageRow[] = [
	row({ geo: 'AT', indicator: 'aes_x_gojt', year: 2022, flags: 'b', experimental: true }),
	row({ geo: 'BE', indicator: 'aes_x_gojt', year: null, status: 'missing', experimental: true }),
	row({ geo: 'AT', indicator: 'lfs_4w', year: 2023, flags: 'u' }),
	row({ geo: 'BE', indicator: 'lfs_4w', year: 2023 }),
	row({
		geo: 'AT',
		indicator: 'uptake',
		year: 2025,
		flags: 'c',
		status: 'hidden',
		kind: 'synthetic'
	}),
	row({ geo: 'BE', indicator: 'uptake', year: null, status: 'missing', kind: 'synthetic' })
];

const info = (name: string, kind: 'official' | 'synthetic' = 'official'): CoverageTableInfo => ({
	name,
	kind,
	source: { dataset: `ds-${name}` }
});

describe('coverageShares', () => {
	it('counts a hidden value as there (it exists), a missing one not', () => {
		expect(coverageShares(ROWS)).toEqual([
			{ geo: 'AT', available: 2, hidden: 1, indicators: 3, share: 100 },
			{ geo: 'BE', available: 1, hidden: 0, indicators: 3, share: (1 / 3) * 100 }
		]);
	});
});

describe('coverageTableModel', () => {
	const t = createTranslator('en');
	it('has a row per country, a column per indicator, years with flags, words for the rest', () => {
		const table = coverageTableModel({ rows: ROWS, year: 0, lang: 'en' });
		expect(table.columns.map((c) => c.label)).toEqual([
			'Country',
			'AES excl. GOJT (experimental)',
			'LFS 4 weeks',
			'Uptake (synthetic)'
		]);
		expect(table.rows[0]).toEqual([
			{ value: 'Austria' },
			{ value: 2022, flags: 'b', missing: undefined },
			{ value: 2023, flags: 'u', missing: undefined },
			{ value: null, flags: 'c', missing: 'hidden' }
		]);
		expect(table.rows[1][1]).toEqual({ value: null, flags: '', missing: 'missing' });
		expect(table.caption).toMatch(/Latest year/);
		expect(coverageTableModel({ rows: ROWS, year: 2022, lang: 'en' }).caption).toMatch(/in 2022/);
	});
	it('says a cell the rows lack is missing, in French too', () => {
		const table = coverageTableModel({
			rows: ROWS.slice(0, 1).concat(ROWS[3]),
			year: 0,
			lang: 'fr'
		});
		expect(table.rows[1][1]).toEqual({ value: null, missing: 'manquant' });
	});
	it('tags both kinds in one header', () => {
		expect(columnHeader(t, { indicator: 'uptake', synthetic: true, experimental: true })).toBe(
			'Uptake (synthetic, experimental)'
		);
	});
	it('notes which series are synthetic and experimental', () => {
		const notes = coverageNotes(ROWS, 'en');
		expect(notes[0]).toBe('Synthetic data in this figure: Uptake.');
		expect(notes[1]).toBe('Experimental statistics in this figure: AES excl. GOJT.');
	});
});

describe('coverage map', () => {
	it('classes the Member States’ shares in round equal intervals, the largest in the last', () => {
		// AT 100 %, BE 33.3 %: five classes of 20 from 20 to 100 (the last includes 100).
		const classes = coverageClasses(ROWS, 'en');
		expect(classes.map((c) => [c.from, c.to])).toEqual([
			[20, 40],
			[40, 60],
			[60, 80],
			[80, 100]
		]);
		expect(classes[0].label).toBe('20 %–40 %');
		expect(classIndex(100, classes)).toBe(classes.length - 1);
		expect(classIndex(100 / 3, classes)).toBe(0);
		// When every country is high, 89 % and 100 % still fall in different classes.
		const high = ROWS.map((r) => (r.geo === 'BE' ? { ...r, status: 'available' as const } : r));
		const nine = [...high, row({ geo: 'BE', indicator: 'annex1', status: 'missing' })];
		const highClasses = coverageClasses(nine.concat(row({ geo: 'AT', indicator: 'annex1' })), 'en');
		expect(classIndex(75, highClasses)).not.toBe(classIndex(100, highClasses));
	});
	it('hatches a Member State without any indicator instead of colouring it 0', () => {
		const shapes = ['AT', 'BE', 'CH'].map((geo) => ({
			geo,
			name: geo,
			member: geo !== 'CH',
			geometry: '[[[[0,0],[1,0],[1,1],[0,0]]]]'
		}));
		const none = ROWS.map((r) => (r.geo === 'BE' ? { ...r, status: 'missing' as const } : r));
		const input = coverageMapInput({ shapes, rows: none, year: 0, lang: 'en' });
		expect(input.areas.map((a) => [a.geo, a.value])).toEqual([
			['AT', 100],
			['BE', null],
			['CH', null]
		]);
		expect(shareText(coverageShares(ROWS)[1], 'en')).toBe('1/3 (33 %)');
		expect(shareText(undefined, 'en')).toBe('no indicator');
	});
	it('tables the shares with counts that add up', () => {
		const table = coverageSharesTable({ rows: ROWS, year: 2022, lang: 'en' });
		expect(table.rows[1].map((c) => c.value)).toEqual(['Belgium', (1 / 3) * 100, 1, 0, 2, 3]);
		expect(table.caption).toMatch(/2022/);
	});
	it('draws the matrix with the synthetic mark and every cell', () => {
		const option = coverageMatrixOption(ROWS, 'en') as {
			graphic: unknown[];
			series: { data: { label: { formatter: string } }[] }[];
		};
		expect(option.graphic).toHaveLength(1);
		expect(option.series[0].data.map((d) => d.label.formatter)).toEqual([
			'2022 b',
			'2023 u',
			'hidden (c)',
			'missing',
			'2023',
			'missing'
		]);
	});
});

describe('buildCoverageSql', () => {
	const count = (sql: string) => (sql.match(/\?/g) ?? []).length;
	it('binds one parameter per placeholder and reads only the published tables', () => {
		const tables = [info('official_indicators'), info('uptake', 'synthetic')];
		expect(coveredIndicators(tables)).toEqual([
			'aes_x_gojt',
			'aes_total',
			'lfs_12m',
			'national_target',
			'uptake'
		]);
		const q = buildCoverageSql({ year: 0, tables });
		expect(q.tables).toEqual(['official_indicators', 'uptake']);
		expect(count(q.sql)).toBe(q.params.length);
		expect(q.params).toContain('synthetic');
		expect(q.params.filter((p) => p === 'EU27_2020')).toHaveLength(1);
		expect(COVERAGE_GEOS).toHaveLength(28);
		const y = buildCoverageYearsSql({ tables });
		expect(count(y.sql)).toBe(y.params.length);
	});
	it('refuses a build without any coverage table', () => {
		expect(() => buildCoverageSql({ year: 0, tables: [info('population')] })).toThrow();
	});
});
