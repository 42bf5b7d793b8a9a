import { isMemberState } from '$core/contract/countries';

/** A country profile's view: one Member State, fixed by the page's path (/country/fr). */
export interface CountryState {
	readonly geo: string;
}

/** The path segment of a Member State's profile: its Eurostat code in lower case. */
export function profileSlug(geo: string): string {
	return geo.toLowerCase();
}

/** The Member State of a profile path segment, or undefined for anything else. */
export function profileGeo(slug: string): string | undefined {
	const geo = slug.toUpperCase();
	return slug === geo.toLowerCase() && isMemberState(geo) ? geo : undefined;
}
