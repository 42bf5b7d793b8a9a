import { EU_AGGREGATE, isMemberState } from '../../core/contract/countries';
import { classifyCountries } from '../../core/methods/classification';
import { distanceToTarget } from '../../core/methods/distance-to-target';
import type { DataKind } from '../../core/contract/manifest';
import type { TableToPublish } from '../publish/publish-tables';
import type { LongObservation } from '../read/long-statistics';
import { EUROSTAT_ATTRIBUTION, EUROSTAT_LICENCE } from '../inputs/eurostat-licence';
import { flagsLegend } from './stat-table-columns';
import { compareText } from '../publish/compare-text';

// The headline indicator of the EU 2030 target: AES participation in the last 12 months,
// excluding guided on-the-job training (experimental, Eurostat), adults 25-64.
export const HEADLINE_INDICATOR = 'AES_FE_NFE_X_GOJT';
export const HEADLINE_BREAKDOWN = 'sex=T;age=Y25-64';
export const TARGET_INDICATOR = 'EPSR_NATIONAL_TARGET_ADULT_LEARNING_12M';
export const BASELINE_YEAR = 2016;
export const TARGET_YEAR = 2030;

interface Value {
	readonly value: number;
	readonly flags: string;
}

function index(long: readonly LongObservation[], indicator: string, breakdown?: string) {
	const byGeo = new Map<string, Map<number, Value>>();
	for (const o of long) {
		if (o.indicator !== indicator || (breakdown !== undefined && o.breakdown !== breakdown))
			continue;
		if (!byGeo.has(o.geo)) byGeo.set(o.geo, new Map());
		byGeo.get(o.geo)!.set(o.year, { value: o.value, flags: o.flags });
	}
	return byGeo;
}

/**
 * Adult participation against the 2030 targets: distance to target (gap, linear path, CAGR
 * status) for the EU and every Member State with a target, and the Social Scoreboard category of
 * each Member State (level in the latest wave, change since the baseline wave).
 */
export function participationTargetsTable(
	long: readonly LongObservation[],
	inputs: readonly { path: string; sha256: string }[],
	kind: DataKind
): TableToPublish | undefined {
	const series = index(long, HEADLINE_INDICATOR, HEADLINE_BREAKDOWN);
	const targets = index(long, TARGET_INDICATOR);
	if (series.size === 0 || targets.size === 0) return undefined;
	const latestYear = Math.max(...[...series.values()].flatMap((s) => [...s.keys()]));
	const geos = [...targets.keys()]
		.filter((g) => g === EU_AGGREGATE || isMemberState(g))
		.sort((a, b) => (a === EU_AGGREGATE ? -1 : b === EU_AGGREGATE ? 1 : compareText(a, b)));
	const classification = new Map(
		classifyCountries({
			countries: geos.filter(isMemberState).map((geo) => ({
				geo,
				level: series.get(geo)?.get(latestYear)?.value,
				previousLevel: series.get(geo)?.get(BASELINE_YEAR)?.value
			}))
		}).map((c) => [c.geo, c])
	);
	const rows = geos.map((geo) => {
		const s = series.get(geo) ?? new Map<number, Value>();
		const target = targets.get(geo)?.get(TARGET_YEAR);
		const distance = distanceToTarget({
			series: new Map([...s].map(([year, v]) => [year, v.value])),
			baselineYear: BASELINE_YEAR,
			targetValue: target?.value,
			targetYear: TARGET_YEAR,
			latestYear
		});
		const c = classification.get(geo);
		const pathAtLatest = distance.path.find((p) => p.year === latestYear)?.value;
		return {
			geo,
			baselineValue: s.get(BASELINE_YEAR)?.value ?? null,
			baselineFlags: s.get(BASELINE_YEAR)?.flags ?? '',
			latestValue: s.get(latestYear)?.value ?? null,
			latestFlags: s.get(latestYear)?.flags ?? '',
			target: target?.value ?? null,
			gap: distance.gap ?? null,
			path: pathAtLatest ?? null,
			deviation: distance.deviationFromPath ?? null,
			observedCagr: distance.observedCagr ?? null,
			requiredCagr: distance.requiredCagr ?? null,
			ratio: distance.ratio ?? null,
			status: distance.status ?? distance.reason ?? null,
			levelScore: c?.levelScore ?? null,
			changeScore: c?.changeScore ?? null,
			change: c?.change ?? null,
			category: c?.category ?? (c?.reason ? `unclassified:${c.reason}` : null),
			exception: c ? c.exceptionApplied : null
		};
	});
	const col = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
	return {
		name: 'participation_targets',
		kind,
		unit: 'PC',
		columns: [
			{ name: 'geo', type: 'utf8', values: col('geo') },
			{ name: 'indicator_code', type: 'utf8', values: rows.map(() => HEADLINE_INDICATOR) },
			{ name: 'baseline_year', type: 'int32', values: rows.map(() => BASELINE_YEAR) },
			{ name: 'baseline_value', type: 'float64', values: col('baselineValue') },
			{ name: 'baseline_flags', type: 'utf8', values: col('baselineFlags') },
			{ name: 'latest_year', type: 'int32', values: rows.map(() => latestYear) },
			{ name: 'latest_value', type: 'float64', values: col('latestValue') },
			{ name: 'latest_flags', type: 'utf8', values: col('latestFlags') },
			{ name: 'target_year', type: 'int32', values: rows.map(() => TARGET_YEAR) },
			{ name: 'target_value', type: 'float64', values: col('target') },
			{
				name: 'gap_pp',
				type: 'float64',
				values: col('gap'),
				description: 'target minus latest value, percentage points'
			},
			{
				name: 'path_value',
				type: 'float64',
				values: col('path'),
				description: 'linear path from the baseline to the target, at the latest year'
			},
			{ name: 'deviation_from_path_pp', type: 'float64', values: col('deviation') },
			{ name: 'observed_cagr', type: 'float64', values: col('observedCagr') },
			{ name: 'required_cagr', type: 'float64', values: col('requiredCagr') },
			{ name: 'cagr_ratio', type: 'float64', values: col('ratio') },
			{ name: 'progress_status', type: 'utf8', values: col('status') },
			{ name: 'level_score', type: 'float64', values: col('levelScore') },
			{ name: 'change_score', type: 'float64', values: col('changeScore') },
			{ name: 'change_pp', type: 'float64', values: col('change') },
			{ name: 'scoreboard_category', type: 'utf8', values: col('category') },
			{ name: 'scoreboard_exception', type: 'bool', values: col('exception') }
		],
		flags: flagsLegend([...col('baselineFlags'), ...col('latestFlags')]),
		source: {
			dataset: `${HEADLINE_INDICATOR} + ${TARGET_INDICATOR}`,
			title:
				'Adult participation in learning (AES, last 12 months, excluding guided on-the-job training; experimental) against the national 2030 targets: distance to target and Social Scoreboard category',
			publisher: 'Eurostat; European Commission (DG EMPL); computed by Uptake',
			licence: EUROSTAT_LICENCE,
			attribution: `${EUROSTAT_ATTRIBUTION}; European Commission`,
			extractionDate: null,
			extractionNote:
				'Computed by the pipelines: CAGR method of national SDG platforms, Joint Employment Report Social Scoreboard method (DOMAIN.md).',
			inputs: [...inputs]
		}
	};
}
