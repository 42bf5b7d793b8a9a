/**
 * A copy of a string that does not keep alive the larger string it was cut from. Field values
 * are slices of the decoded file chunk (a megabyte each); a slice kept as a cache key would keep
 * its whole chunk in memory, so memory grew with the input. V8 copies strings shorter than 13
 * characters anyway; for longer ones, concatenating and slicing forces a flat copy.
 */
export function detachString(s: string): string {
	return s.length < 13 ? s : (' ' + s).slice(1);
}
