import { EU_AGGREGATE, isMemberState } from '$core/contract/countries';
import { TARGET_SORTS, type TargetSort } from '$core/queries/participation-targets';
import {
	PARTICIPATION_SOURCES,
	type ParticipationSource
} from '$core/queries/participation-sources';
import { defineUrlState, enumParam, integerParam, listParam } from '$lib/kit/url-state';

export const PEER_GROUPS = ['all', 'neighbours', 'level', 'category', 'chosen'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];
export const MAX_CHOSEN_PEERS = 12;

export interface TargetState {
	/** The order of the distance-to-target figure. */
	readonly sort: TargetSort;
	/** The survey of the series, the classification, the map and the peers. */
	readonly source: ParticipationSource;
	/** The country whose series is shown and whose peers are compared (or the EU). */
	readonly geo: string;
	/** The years compared; 0 is "the latest year with data" (to) and "the one before" (from). */
	readonly from: number;
	readonly to: number;
	readonly peers: PeerGroup;
	/** The countries compared when the peer group is "chosen". */
	readonly compare: readonly string[];
}

const year = () => integerParam<void>({ min: 0, max: 2100, defaultValue: 0 });
const geoCode = (raw: string) => raw.trim().toUpperCase();

/**
 * `?source=lfs_4w&geo=FR&from=2016&to=2022&peers=level`. Version 1: `sort` was its first
 * parameter; the others were added without changing its meaning.
 */
export const targetState = defineUrlState<TargetState, void>({
	version: 1,
	params: {
		sort: enumParam<TargetSort, void>({ values: TARGET_SORTS, defaultValue: 'gap' }),
		source: enumParam<ParticipationSource, void>({
			values: PARTICIPATION_SOURCES,
			defaultValue: 'aes_x_gojt'
		}),
		geo: {
			parse: (raw) => {
				const code = geoCode(raw);
				return code === EU_AGGREGATE || isMemberState(code) ? code : undefined;
			},
			serialise: (code) => code,
			defaultValue: () => EU_AGGREGATE,
			equal: (a, b) => a === b
		},
		from: year(),
		to: year(),
		peers: enumParam<PeerGroup, void>({ values: PEER_GROUPS, defaultValue: 'all' }),
		compare: listParam<void>({
			normalise: geoCode,
			accept: (code) => isMemberState(code),
			max: MAX_CHOSEN_PEERS,
			defaultValue: () => []
		})
	}
});

type Key = keyof TargetState;
const sameIn =
	(keys: readonly Key[]) =>
	(a: TargetState, b: TargetState): boolean =>
		keys.every((k) => (k === 'compare' ? a.compare.join() === b.compare.join() : a[k] === b[k]));

/** When each figure needs a new query: only a change of what it reads. */
export const sameFigureView = {
	distance: sameIn(['sort']),
	series: sameIn(['source', 'geo']),
	levels: sameIn(['source', 'from', 'to'])
} as const;

/** When a figure with the same rows must be drawn again: the country or the peers chosen. */
export const sameFigureDrawing = {
	map: sameIn(['geo']),
	peers: sameIn(['geo', 'peers', 'compare'])
} as const;
