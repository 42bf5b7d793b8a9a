import { releaseYear } from '$core/queries/uptake';

/** What the uptake page knows of its data besides the rows: the years, and which is complete. */
export interface UptakeContext {
	/** Years with records, ascending. */
	readonly years: readonly number[];
	/** The latest year that ended before the release (the latest year when none did): the default. */
	readonly latestComplete: number;
	/** The release's own year when it has records: they stop at the release's date. */
	readonly incomplete: number | null;
	/** The release's date, yyyy-mm-dd. */
	readonly releaseDate: string;
}

/** The context of a release: its years (buildUptakeYearsSql) and its date (manifest generatedAt). */
export function uptakeContext(options: {
	years: readonly number[];
	generatedAt: string;
}): UptakeContext {
	const years = [...new Set(options.years)].sort((a, b) => a - b);
	const before = releaseYear(options.generatedAt);
	const complete = years.filter((y) => y < before);
	return {
		years,
		latestComplete: complete.at(-1) ?? years.at(-1) ?? before - 1,
		incomplete: years.find((y) => y >= before) ?? null,
		releaseDate: options.generatedAt.slice(0, 10)
	};
}
