import { describe, expect, it } from 'vitest';
import { MEMBER_STATES } from '../../../core/contract/countries';
import { landNeighbours } from '../../../core/contract/neighbours';
import { classifyScores, SCOREBOARD_CATEGORIES } from '../../../core/methods/classification';
import type { SourceLevelRow, SourceSeriesRow } from '../../../core/queries/participation-sources';
import { renderChartToSvg } from '../../../src/lib/charts/echarts';
import {
	categoryZones,
	targetClassificationFigure
} from '../../../src/lib/dashboards/target/classification';
import { classifyLevels } from '../../../src/lib/dashboards/target/levels';
import { mapInput, targetMapFigure } from '../../../src/lib/dashboards/target/map-figure';
import { selectPeers } from '../../../src/lib/dashboards/target/peers';
import { targetPeersFigure } from '../../../src/lib/dashboards/target/peers-figure';
import { targetSeriesFigure } from '../../../src/lib/dashboards/target/series-figure';
import { targetState, type TargetState } from '../../../src/lib/dashboards/target/state';
import {
	tilesInReadingOrder,
	TILE_POSITIONS
} from '../../../src/lib/dashboards/target/tile-layout';

const level = (
	geo: string,
	now: number | null,
	before: number | null,
	more: Partial<SourceLevelRow> = {}
): SourceLevelRow => ({
	geo,
	from_year: 2016,
	to_year: 2022,
	level: now,
	level_flags: '',
	previous: before,
	previous_flags: '',
	target: null,
	...more
});

// Levels 10, 10, 30, 30: mean 20, population standard deviation 10, level scores -1, -1, 1, 1.
// Changes 0, 2, 0, 2: mean 1, population standard deviation 1, change scores -1, 1, -1, 1.
// CZ has no earlier value: not classified and not in the means.
const rows = [
	level('EU27_2020', 25, 24, { target: 60 }),
	level('AT', 10, 10),
	level('BE', 10, 8, { level_flags: 'u' }),
	level('BG', 30, 30),
	level('CY', 30, 28),
	level('CZ', 50, null)
];
const state = (more: Partial<TargetState> = {}): TargetState => ({
	...targetState.defaults(),
	...more
});

describe('the classification on the target page', () => {
	it('scores the Member States against their own mean and classifies them at the ±1 boundaries', () => {
		const { members, eu, unclassified } = classifyLevels(rows);
		expect(eu?.geo).toBe('EU27_2020');
		expect(unclassified).toBeUndefined();
		const byGeo = Object.fromEntries(members.map((m) => [m.geo, m]));
		expect([byGeo.AT.levelScore, byGeo.AT.changeScore, byGeo.AT.category]).toEqual([
			-1,
			-1,
			'to_watch'
		]);
		expect([byGeo.BE.levelScore, byGeo.BE.changeScore, byGeo.BE.category]).toEqual([
			-1,
			1,
			'weak_but_improving'
		]);
		expect(byGeo.BG.category).toBe('best_performers');
		expect(byGeo.CY.category).toBe('best_performers');
		expect(byGeo.CZ.category).toBeUndefined();
		expect(byGeo.CZ.reason).toBe('missing_previous_level');
		expect(byGeo.BE.lowReliability).toBe(true);
		expect(byGeo.AT.lowReliability).toBe(false);
	});

	it('tables level, change, scores and category, best level first, with the flags', () => {
		const table = targetClassificationFigure.table({ rows, state: state(), lang: 'en' });
		expect(table.rows.map((r) => r[0].value)).toEqual([
			'Bulgaria',
			'Cyprus',
			'Austria',
			'Belgium',
			'Czechia'
		]);
		expect(table.rows[3].slice(1).map((c) => c.value)).toEqual([
			10,
			8,
			2,
			-1,
			1,
			'weak but improving'
		]);
		expect(table.rows[3][1].flags).toBe('u');
		expect(table.rows[4][6].value).toBe('not classified (no value in the earlier year)');
		expect(table.caption).toBe(
			'Member States classified on their level in 2022 and their change since 2016'
		);
	});

	it('draws points by category, empty markers for low reliability, zones and cut-offs', () => {
		const option = targetClassificationFigure.chart({ rows, state: state(), lang: 'en' }) as {
			series: {
				id: string;
				data: { name: string; itemStyle?: { color: string } }[];
				markArea?: { data: unknown[] };
				markLine?: { data: Record<string, number>[] };
			}[];
		};
		expect(option.series.map((s) => s.id)).toEqual([
			'__zones',
			'best_performers',
			'weak_but_improving',
			'to_watch'
		]);
		const lines = option.series[0].markLine!.data.map((d) =>
			'xAxis' in d ? `x${d.xAxis}` : `y${d.yAxis}`
		);
		expect(lines.sort()).toEqual(['x-0.5', 'x-1', 'x0.5', 'x1', 'y-0.5', 'y-1', 'y0.5', 'y1']);
		expect(option.series[0].markArea!.data).toHaveLength(9);
		expect(option.series[2].data[0]).toMatchObject({ name: 'BE', itemStyle: { color: '#ffffff' } });
		expect(option.series[1].data[0].itemStyle).toBeUndefined();
		const notes = targetClassificationFigure.notes!({ rows, state: state(), lang: 'en' });
		expect(notes).toContain(
			'Low reliability (flag u) in one of the two years, drawn as empty markers: Belgium.'
		);
		expect(notes).toContain('Not classified, no value in one of the two years: Czechia.');
	});

	it('says why nothing is classified when a source has too few Member States', () => {
		const sparse = [level('EU27_2020', 25, 24), level('BE', 25.6, 21.5), level('AT', null, null)];
		expect(classifyLevels(sparse).unclassified).toBe('too_few_countries');
		const option = targetClassificationFigure.chart({
			rows: sparse,
			state: state({ source: 'lfs_12m' }),
			lang: 'en'
		}) as { graphic?: { style: { text: string } } };
		expect(option.graphic?.style.text).toBe(
			'Not enough Member States have values from the LFS, last 12 months in both years to classify them.'
		);
	});

	it('colours zones that agree with the method everywhere off the cut-off lines', () => {
		const zones = categoryZones(3);
		for (let x = -2.95; x < 3; x += 0.1) {
			for (let y = -2.95; y < 3; y += 0.1) {
				const inside = SCOREBOARD_CATEGORIES.filter((c) =>
					zones[c].some(([x0, x1, y0, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1)
				);
				const method = classifyScores({ levelScore: x, changeScore: y, rawChangeImproves: false });
				expect(inside, `${x}, ${y}`).toEqual([method.category]);
			}
		}
	});
});

describe('peers', () => {
	const { members } = classifyLevels(rows);

	it('compares the EU, or "all", with every Member State', () => {
		expect(selectPeers({ geo: 'EU27_2020', group: 'level', chosen: [], members }).geos).toEqual([
			'AT',
			'BE',
			'BG',
			'CY',
			'CZ'
		]);
	});

	it('picks land neighbours, the nearest levels, the same category or the countries chosen', () => {
		const pick = (geo: string, group: TargetState['peers'], chosen: string[] = []) =>
			selectPeers({ geo, group, chosen, members }).geos;
		expect(pick('AT', 'neighbours')).toEqual(['AT', 'CZ', 'DE', 'HU', 'IT', 'SI', 'SK']);
		expect(pick('CY', 'neighbours')).toEqual(['CY']);
		// |10-10| = 0 (BE), |30-10| = 20 (BG, CY), |50-10| = 40 (CZ).
		expect(pick('AT', 'level')).toEqual(['AT', 'BE', 'BG', 'CY', 'CZ']);
		expect(pick('BG', 'category')).toEqual(['BG', 'CY']);
		expect(pick('CZ', 'category')).toEqual(['CZ']);
		expect(pick('BE', 'chosen', ['CY', 'BE', 'XX'])).toEqual(['BE', 'CY']);
	});

	it('ranks the peers, marks the EU level and the EU target, and tables them with the EU', () => {
		const view = state({ geo: 'BG', peers: 'level' });
		const option = targetPeersFigure.chart({ rows, state: view, lang: 'en' }) as {
			yAxis: { data: string[] };
			series: { data: { value: number | null }[]; markLine: { data: { xAxis: number }[] } }[];
		};
		// Best at the top: ECharts draws categories from the bottom.
		expect(option.yAxis.data).toEqual(['Belgium', 'Austria', 'Cyprus', 'Bulgaria', 'Czechia']);
		expect(option.series[0].markLine.data.map((d) => d.xAxis)).toEqual([25, 60]);
		const table = targetPeersFigure.table({ rows, state: view, lang: 'en' });
		expect(table.rows.map((r) => r[0].value)).toEqual([
			'Czechia',
			'Bulgaria',
			'Cyprus',
			'Austria',
			'Belgium',
			'European Union (27)'
		]);
	});

	it('has a symmetric list of land borders between Member States only', () => {
		const members = new Set(MEMBER_STATES.map((c) => c.geo));
		for (const { geo } of MEMBER_STATES)
			for (const other of landNeighbours(geo)) {
				expect(members.has(other)).toBe(true);
				expect(landNeighbours(other)).toContain(geo);
			}
		expect(landNeighbours('DE')).toEqual(['AT', 'BE', 'CZ', 'DK', 'FR', 'LU', 'NL', 'PL']);
		expect(['CY', 'IE', 'MT'].map((g) => landNeighbours(g).length)).toEqual([0, 0, 0]);
	});
});

describe('the country series', () => {
	const fi: SourceSeriesRow[] = [
		{ part: 'alternative_target', year: 2030, value: 50, flags: '', note: 'other table: 50' },
		{ part: 'observed', year: 2016, value: 51.4, flags: '', note: '' },
		{ part: 'observed', year: 2022, value: 51.8, flags: 'u', note: '' },
		{ part: 'path', year: 2016, value: 51.4, flags: '', note: '' },
		{ part: 'path', year: 2030, value: 60, flags: '', note: '' },
		{ part: 'target', year: 2030, value: 60, flags: '', note: 'CONFLICT: verify' }
	];

	it('draws the observations, the path, the target line and the disputed target', () => {
		const option = targetSeriesFigure.chart({
			rows: fi,
			state: state({ geo: 'FI' }),
			lang: 'en'
		}) as { series: { id: string; data: unknown[]; markLine?: { data: { yAxis: number }[] } }[] };
		expect(option.series.map((s) => s.id)).toEqual([
			'observed',
			'path',
			'target',
			'alternative_target'
		]);
		const path = option.series.find((s) => s.id === 'path')!;
		expect(path.data).toEqual([
			[2016, 51.4],
			[2030, 60]
		]);
		expect(path.markLine!.data).toEqual([{ yAxis: 60 }]);
	});

	it('shows the notes of the sources beside the figure', () => {
		const notes = targetSeriesFigure.notes!({ rows: fi, state: state({ geo: 'FI' }), lang: 'en' });
		expect(notes).toContain('2030: CONFLICT: verify');
		expect(notes).toContain('The other value, 50.0 %, is given by other table: 50.');
	});

	it('says when a survey has no data for a country, and that targets belong to the AES', () => {
		const view = state({ geo: 'FR', source: 'lfs_12m' });
		const option = targetSeriesFigure.chart({ rows: [], state: view, lang: 'en' }) as {
			graphic?: { style: { text: string } };
		};
		expect(option.graphic?.style.text).toBe('No data from the LFS, last 12 months for France.');
		// Drawn, not only asked for: the graphic component is registered.
		expect(renderChartToSvg(option, { width: 600, height: 300 })).toContain(
			'No data from the LFS, last 12 months for France.'
		);
		const notes = targetSeriesFigure.notes!({ rows: [], state: view, lang: 'en' });
		expect(notes).toContain(
			'The 2030 targets are set on the AES rate excluding guided on-the-job training: they are not drawn against this survey.'
		);
		expect(targetSeriesFigure.table({ rows: [], state: view, lang: 'en' }).rows).toEqual([]);
	});
});

describe('the target page URL', () => {
	it('restores every choice from a pasted link and writes only what differs', () => {
		const search = new URLSearchParams(
			'sort=value&source=LFS_4W&geo=fr&from=2016&to=2022&peers=chosen&compare=de,xx,it'
		);
		const parsed = targetState.parse(search);
		expect(parsed).toEqual({
			sort: 'value',
			source: 'lfs_4w',
			geo: 'FR',
			from: 2016,
			to: 2022,
			peers: 'chosen',
			compare: ['DE', 'IT']
		});
		expect(targetState.serialise(parsed)).toBe(
			'?sort=value&source=lfs_4w&geo=FR&from=2016&to=2022&peers=chosen&compare=DE,IT'
		);
		expect(targetState.parse(new URLSearchParams('geo=NO&to=1999x'))).toEqual(
			targetState.defaults()
		);
	});
});

describe('the map', () => {
	const square = (x: number) =>
		JSON.stringify([
			[
				[
					[x, 0],
					[x + 10, 0],
					[x + 10, 10],
					[x, 10],
					[x, 0]
				]
			]
		]);
	const shapes = [
		{ geo: 'AT', name: 'Austria', member: true, geometry: square(0) },
		{ geo: 'CH', name: 'Switzerland', member: false, geometry: square(20) },
		{ geo: 'CZ', name: 'Czechia', member: true, geometry: square(40) }
	];

	it('colours the Member States by their level, the others as context, the country chosen outlined', () => {
		const input = mapInput({ shapes, levels: rows, state: state({ geo: 'AT' }), lang: 'en' });
		expect(input.areas.map((a) => [a.geo, a.value, a.member])).toEqual([
			['AT', 10, true],
			['CH', null, false],
			['CZ', 50, true]
		]);
		expect(input.selected).toBe('AT');
		// Member States' levels 10, 10, 30, 30, 50 (the EU's 25 is not one of them).
		expect(input.classes.map((c) => c.label)).toEqual(['10–20', '20–30', '30–40', '40–50']);
		const figure = targetMapFigure(shapes);
		expect(figure.query(state()).sql).toBe(targetClassificationFigure.query(state()).sql);
		const table = figure.table({ rows, state: state(), lang: 'en' });
		expect(table.rows.map((r) => [r[0].value, r[1].value])).toEqual([
			['Austria', 10],
			['Belgium', 10],
			['Bulgaria', 30],
			['Cyprus', 30],
			['Czechia', 50]
		]);
	});
});

describe('the tile grid', () => {
	it('places the 27 Member States on distinct tiles', () => {
		const members = MEMBER_STATES.map((c) => c.geo).sort();
		expect(Object.keys(TILE_POSITIONS).sort()).toEqual(members);
		const cells = new Set(Object.values(TILE_POSITIONS).map(([c, r]) => `${c},${r}`));
		expect(cells.size).toBe(27);
		expect(tilesInReadingOrder().slice(0, 3)).toEqual(['SE', 'FI', 'IE']);
	});
});
