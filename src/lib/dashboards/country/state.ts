import { isMemberState, MEMBER_STATES } from '$core/contract/countries';
import { DEFAULT_LANG, LANGS } from '$lib/i18n/langs';

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

/** The pages of every Member State in every language, /country/<code> or /report/<code>. */
export function memberStatePages(): { code: string; lang?: string }[] {
	return LANGS.flatMap((lang) =>
		MEMBER_STATES.map((c) => ({
			code: profileSlug(c.geo),
			...(lang === DEFAULT_LANG ? {} : { lang })
		}))
	);
}
