import { EU_AGGREGATE } from '$core/contract/countries';
import { landNeighbours } from '$core/contract/neighbours';
import type { ClassifiedLevel } from './levels';
import type { PeerGroup } from './state';

/** Countries at a similar level: this many nearest to the chosen one. */
export const SIMILAR_LEVEL_PEERS = 6;

export interface PeerSelection {
	/** The group actually compared ('all' when the one asked for needs a Member State). */
	readonly group: PeerGroup;
	/** The Member States compared, the chosen one included. */
	readonly geos: readonly string[];
}

/**
 * The Member States a country is compared with. The EU (or 'all') compares all of them; a group
 * that needs something the country lacks (a level, a category) holds the country alone.
 */
export function selectPeers(options: {
	geo: string;
	group: PeerGroup;
	chosen: readonly string[];
	members: readonly ClassifiedLevel[];
}): PeerSelection {
	const { geo, members } = options;
	const all = members.map((m) => m.geo);
	const focus = members.find((m) => m.geo === geo);
	if (geo === EU_AGGREGATE || !focus || options.group === 'all') return { group: 'all', geos: all };
	const withFocus = (others: readonly string[]) => [geo, ...others.filter((g) => g !== geo)];
	switch (options.group) {
		case 'neighbours':
			return { group: 'neighbours', geos: withFocus(landNeighbours(geo)) };
		case 'chosen':
			return { group: 'chosen', geos: withFocus(options.chosen.filter((g) => all.includes(g))) };
		case 'category': {
			const same = focus.category
				? members.filter((m) => m.category === focus.category).map((m) => m.geo)
				: [];
			return { group: 'category', geos: withFocus(same) };
		}
		case 'level': {
			const level = focus.level;
			const nearest =
				level === null
					? []
					: members
							.filter((m) => m.geo !== geo && m.level !== null)
							.map((m) => ({ geo: m.geo, distance: Math.abs((m.level as number) - level) }))
							.sort((a, b) => a.distance - b.distance || (a.geo < b.geo ? -1 : 1))
							.slice(0, SIMILAR_LEVEL_PEERS)
							.map((m) => m.geo);
			return { group: 'level', geos: withFocus(nearest) };
		}
	}
}
