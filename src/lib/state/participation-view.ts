import { SEXES, type Sex } from '$core/queries/adult-participation';

export const DEFAULT_GEOS = ['EU27_2020', 'DE', 'FR', 'IT', 'ES'] as const;
export const MAX_GEOS = 12;

export interface ParticipationView {
	readonly geos: readonly string[];
	readonly sex: Sex;
}

export const DEFAULT_VIEW: ParticipationView = { geos: DEFAULT_GEOS, sex: 'T' };

/**
 * Reads the view from a URL's query. Unknown or repeated codes are dropped rather than failing,
 * so that a link pasted into a report keeps working when a country leaves the data.
 */
export function parseParticipationView(
	search: URLSearchParams,
	available: ReadonlySet<string>
): ParticipationView {
	const raw = search.get('geo');
	let geos: string[] = [];
	if (raw !== null) {
		for (const code of raw.split(',')) {
			const geo = code.trim().toUpperCase();
			if (available.has(geo) && !geos.includes(geo)) geos.push(geo);
		}
		geos = geos.slice(0, MAX_GEOS);
	}
	const sexParam = (search.get('sex') ?? '').toUpperCase();
	const sex = (SEXES as readonly string[]).includes(sexParam)
		? (sexParam as Sex)
		: DEFAULT_VIEW.sex;
	return { geos: geos.length > 0 ? geos : [...DEFAULT_VIEW.geos], sex };
}

export function sameView(a: ParticipationView, b: ParticipationView): boolean {
	return (
		a.sex === b.sex && a.geos.length === b.geos.length && a.geos.every((g, i) => g === b.geos[i])
	);
}

export function isDefaultView(view: ParticipationView): boolean {
	return sameView(view, DEFAULT_VIEW);
}

/** The query string of a view; empty for the default view so that canonical links stay short. */
export function serialiseParticipationView(view: ParticipationView): string {
	if (isDefaultView(view)) return '';
	const search = new URLSearchParams();
	search.set('geo', view.geos.join(','));
	if (view.sex !== DEFAULT_VIEW.sex) search.set('sex', view.sex);
	return `?${search.toString().replaceAll('%2C', ',')}`;
}
