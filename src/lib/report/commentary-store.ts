// A ministry's own text per section of a report, kept in the browser (localStorage) and nowhere
// else: never sent, never part of a URL. Keyed by report and section.

/** What the store needs of localStorage (a test passes a Map-backed one). */
export type CommentaryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'uptake.report.commentary';
/** A page of text per section is plenty; a longer paste is cut, not refused. */
export const MAX_COMMENTARY_CHARS = 20_000;

export function commentaryKey(report: string, section: string): string {
	return `${PREFIX}:${report}:${section}`;
}

/** The text kept for a section, '' when none (or when the browser keeps nothing). */
export function readCommentary(
	storage: CommentaryStorage | undefined,
	report: string,
	section: string
): string {
	try {
		return storage?.getItem(commentaryKey(report, section)) ?? '';
	} catch {
		// Storage can be disabled (private mode, a policy): the report still works without it.
		return '';
	}
}

/**
 * Keeps a section's text; a text of blanks only removes it. Returns the text kept (cut to
 * MAX_COMMENTARY_CHARS), or undefined when the browser refused to keep it (full, disabled).
 */
export function writeCommentary(
	storage: CommentaryStorage | undefined,
	report: string,
	section: string,
	text: string
): string | undefined {
	const kept = text.slice(0, MAX_COMMENTARY_CHARS);
	const key = commentaryKey(report, section);
	try {
		if (!storage) return undefined;
		if (kept.trim() === '') storage.removeItem(key);
		else storage.setItem(key, kept);
		return kept.trim() === '' ? '' : kept;
	} catch {
		return undefined;
	}
}

/** The browser's localStorage, or undefined where there is none (the build, a locked browser). */
export function browserStorage(): CommentaryStorage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined;
	}
}
