import { EU_AGGREGATE } from '$core/contract/countries';
import {
	classifyCountries,
	type CountryClassification,
	type UnclassifiedReason
} from '$core/methods/classification';
import { buildSourceLevelsSql, type SourceLevelRow } from '$core/queries/participation-sources';
import type { PublishedQuery } from '$core/queries/sql-query';
import type { TargetState } from './state';

/** A Member State's levels in the two years compared, and its Social Scoreboard reading. */
export interface ClassifiedLevel extends SourceLevelRow, CountryClassification {
	/** Low reliability (flag u) in either year. */
	readonly lowReliability: boolean;
}

export interface ClassifiedLevels {
	readonly eu: SourceLevelRow | undefined;
	/** The Member States, in the order of the rows. */
	readonly members: readonly ClassifiedLevel[];
	/** Why no Member State could be classified, when none could. */
	readonly unclassified: UnclassifiedReason | undefined;
}

const cache = new WeakMap<readonly SourceLevelRow[], ClassifiedLevels>();

/**
 * The classification of the rows of a levels query (DOMAIN.md, the Social Scoreboard method,
 * core/methods/classification.ts): the Member States against their own unweighted mean, the EU
 * as the reference only. The same rows give the same object, so a chart and its table share it.
 */
export function classifyLevels(rows: readonly SourceLevelRow[]): ClassifiedLevels {
	const known = cache.get(rows);
	if (known) return known;
	const memberRows = rows.filter((r) => r.geo !== EU_AGGREGATE);
	const classes = classifyCountries({
		countries: memberRows.map((r) => ({ geo: r.geo, level: r.level, previousLevel: r.previous }))
	});
	const members = memberRows.map((r, i) => ({
		...r,
		...classes[i],
		lowReliability: `${r.level_flags}${r.previous_flags}`.includes('u')
	}));
	const unclassified = members.some((m) => m.category !== undefined)
		? undefined
		: (members.find((m) => m.reason !== 'missing_level' && m.reason !== 'missing_previous_level')
				?.reason ?? 'too_few_countries');
	const result = { eu: rows.find((r) => r.geo === EU_AGGREGATE), members, unclassified };
	cache.set(rows, result);
	return result;
}

/** The years the rows compare (the query resolves "latest" to a year). */
export function comparedYears(rows: readonly SourceLevelRow[]): {
	from: number | null;
	to: number | null;
} {
	return { from: rows[0]?.from_year ?? null, to: rows[0]?.to_year ?? null };
}

/**
 * The levels of a view: one query for the classification, the peers and the map (run once for
 * the three while it is the same SQL).
 */
export function levelsQuery(state: TargetState): PublishedQuery {
	return buildSourceLevelsSql({ source: state.source, from: state.from, to: state.to });
}
