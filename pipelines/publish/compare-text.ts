/**
 * Code-unit order: the same on every machine. localeCompare follows the machine's locale, and a
 * published file's row order (and so its bytes) must not.
 */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
