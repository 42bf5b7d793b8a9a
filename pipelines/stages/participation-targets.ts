import { EU_AGGREGATE, isMemberState } from '../../core/contract/countries';
import { classifyCountries } from '../../core/methods/classification';
import { distanceToTarget } from '../../core/methods/distance-to-target';
import type { DataKind } from '../../core/contract/manifest';
import type { TableToPublish } from '../publish/publish-tables';
import { AES_WAVES_FILE } from '../../core/queries/participation-sources';
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
/** The EU-level values of the targets file (targets/epsr_2030_targets_eu.csv). */
export const EU_TARGET_INDICATOR = 'adult_learning_participation_12m';

/**
 * National targets that public sources give differently: the value not published, with where it
 * comes from (../shared/data/SOURCES.md, eurostat/national_targets_2030.csv). The published value
 * keeps its own status; the other one's is published beside it, so that nobody reads the status
 * as settled.
 */
export const TARGET_CONFLICTS: ReadonlyMap<string, { value: number; source: string }> = new Map([
	[
		'FI',
		{
			value: 50,
			source:
				'JAF_EPM.R NationalTargets table (key PA8.2.C3.), github:alekrutkowski/JAF2R@f661849514522b77380b7975788ece1fad94afab; the Employment Performance Monitor 2024 tables give 60'
		}
	]
]);

interface Value {
	readonly value: number;
	readonly flags: string;
	readonly note: string;
	readonly source: string;
	readonly file: string;
}

function index(
	long: readonly LongObservation[],
	indicator: string,
	options: { breakdown?: string; role?: LongObservation['role']; preferredFile?: string } = {}
) {
	const byGeo = new Map<string, Map<number, Value>>();
	for (const o of long) {
		if (o.indicator !== indicator) continue;
		if (options.breakdown !== undefined && o.breakdown !== options.breakdown) continue;
		if (options.role !== undefined && o.role !== options.role) continue;
		if (!byGeo.has(o.geo)) byGeo.set(o.geo, new Map());
		// A value in two files: the preferred file's, as the page's queries read it.
		const known = byGeo.get(o.geo)!.get(o.year);
		if (known && known.file === options.preferredFile && o.file !== options.preferredFile) continue;
		byGeo.get(o.geo)!.set(o.year, {
			value: o.value,
			flags: o.flags,
			note: o.note,
			source: o.source,
			file: o.file
		});
	}
	return byGeo;
}

/** The files the values of `indexes` come from. */
function filesOf(...indexes: Map<string, Map<number, Value>>[]): Set<string> {
	const files = new Set<string>();
	for (const byGeo of indexes)
		for (const years of byGeo.values()) for (const v of years.values()) files.add(v.file);
	return files;
}

/** A target note that says the sources disagree. */
const SAYS_CONFLICT = /^\s*conflict\b/i;

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
	const series = index(long, HEADLINE_INDICATOR, {
		breakdown: HEADLINE_BREAKDOWN,
		preferredFile: AES_WAVES_FILE
	});
	const targets = index(long, TARGET_INDICATOR);
	if (series.size === 0 || targets.size === 0) return undefined;
	const milestones = index(long, EU_TARGET_INDICATOR, { role: 'milestone' });
	const aggregates = index(long, EU_TARGET_INDICATOR, { role: 'aggregate_of_national_targets' });
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
		const conflict = TARGET_CONFLICTS.get(geo);
		const targetNote = targets.get(geo)?.get(TARGET_YEAR)?.note ?? '';
		const alternative =
			conflict && target
				? distanceToTarget({
						series: new Map([...s].map(([year, v]) => [year, v.value])),
						baselineYear: BASELINE_YEAR,
						targetValue: conflict.value,
						targetYear: TARGET_YEAR,
						latestYear
					})
				: undefined;
		// The milestone before the target (the EU's 47 % in 2025): its own gap and required growth,
		// so that nobody reads the linear path at that year as the milestone.
		const milestoneYears = [...(milestones.get(geo)?.keys() ?? [])].filter(
			(year) => year > BASELINE_YEAR && year < TARGET_YEAR
		);
		const milestoneYear = milestoneYears.length > 0 ? Math.min(...milestoneYears) : undefined;
		const milestoneValue =
			milestoneYear === undefined ? undefined : milestones.get(geo)?.get(milestoneYear)?.value;
		const milestone =
			milestoneYear === undefined
				? undefined
				: distanceToTarget({
						series: new Map([...s].map(([year, v]) => [year, v.value])),
						baselineYear: BASELINE_YEAR,
						targetValue: milestoneValue,
						targetYear: milestoneYear,
						latestYear
					});
		return {
			targetNote,
			targetSource: target ? (targets.get(geo)?.get(TARGET_YEAR)?.source ?? null) : null,
			targetCaveat: conflict || SAYS_CONFLICT.test(targetNote) ? 'conflicting_sources' : null,
			alternativeTarget: conflict && target ? conflict.value : null,
			alternativeTargetSource: conflict && target ? conflict.source : null,
			alternativeStatus: alternative ? (alternative.status ?? alternative.reason ?? null) : null,
			milestoneYear: milestoneYear ?? null,
			milestoneValue: milestoneValue ?? null,
			milestoneGap: milestone?.gap ?? null,
			milestoneRequiredCagr: milestone?.requiredCagr ?? null,
			milestoneStatus: milestone ? (milestone.status ?? milestone.reason ?? null) : null,
			targetsAggregate: aggregates.get(geo)?.get(TARGET_YEAR)?.value ?? null,
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
	const used = filesOf(series, targets, milestones, aggregates);
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
				name: 'target_note',
				type: 'utf8',
				values: col('targetNote'),
				description: "the source file's note on the target"
			},
			{
				name: 'target_source',
				type: 'utf8',
				values: col('targetSource'),
				description: 'where the national target is published'
			},
			{
				name: 'target_caveat',
				type: 'utf8',
				values: col('targetCaveat'),
				description:
					'conflicting_sources: public sources give another value for this target (alternative_target_value); null: none known'
			},
			{ name: 'alternative_target_value', type: 'float64', values: col('alternativeTarget') },
			{ name: 'alternative_target_source', type: 'utf8', values: col('alternativeTargetSource') },
			{
				name: 'alternative_progress_status',
				type: 'utf8',
				values: col('alternativeStatus'),
				description: 'the progress status were the alternative target the right one'
			},
			{
				name: 'targets_aggregate_value',
				type: 'float64',
				values: col('targetsAggregate'),
				description:
					'EU row: the national 2030 targets taken together (the Commission’s weighted sum), beside the EU target'
			},
			{ name: 'milestone_year', type: 'int32', values: col('milestoneYear') },
			{
				name: 'milestone_value',
				type: 'float64',
				values: col('milestoneValue'),
				description: 'EU row: the milestone before the target (47 % in 2025)'
			},
			{
				name: 'milestone_gap_pp',
				type: 'float64',
				values: col('milestoneGap'),
				description: 'milestone minus latest value, percentage points'
			},
			{
				name: 'milestone_required_cagr',
				type: 'float64',
				values: col('milestoneRequiredCagr'),
				description: 'yearly growth from the baseline needed to reach the milestone in its year'
			},
			{ name: 'milestone_status', type: 'utf8', values: col('milestoneStatus') },
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
			// The files its figures come from, not every long-format input.
			inputs: inputs.filter((input) =>
				[...used].some((file) => input.path === file || input.path.endsWith(`/${file}`))
			)
		}
	};
}
