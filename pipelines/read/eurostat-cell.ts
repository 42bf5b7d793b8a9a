import { isEurostatFlag } from '../../core/contract/eurostat-flags';

export type CellResult =
	{ ok: true; value: number | null; flags: string } | { ok: false; rule: string; message: string };

/**
 * One cell of a Eurostat bulk TSV: `12.3`, `12.3 b`, `12.3 bp`, `:`, `: c`, with trailing blanks.
 * `:` means not available; its flags are kept (a confidential cell is `: c`).
 */
export function parseEurostatCell(raw: string): CellResult {
	const text = raw.trim();
	if (text === '')
		return { ok: false, rule: 'cell.empty', message: 'empty cell (expected a value or ":")' };
	const space = text.search(/\s/);
	const numberPart = space === -1 ? text : text.slice(0, space);
	const flagPart = space === -1 ? '' : text.slice(space).trim();
	let flags = '';
	for (const ch of flagPart) {
		if (ch === ' ') continue;
		const lower = ch.toLowerCase();
		if (!isEurostatFlag(lower)) {
			return { ok: false, rule: 'cell.flag_unknown', message: `unknown flag "${ch}" in "${text}"` };
		}
		if (!flags.includes(lower)) flags += lower;
	}
	flags = [...flags].sort().join('');
	if (numberPart === ':') return { ok: true, value: null, flags };
	// A flag glued to the number ("12.3b") is a common hand-edit; Eurostat always separates them.
	const glued = /^(-?\d+(?:\.\d+)?)([a-zA-Z]+)$/.exec(numberPart);
	if (glued) {
		return parseEurostatCell(`${glued[1]} ${glued[2]}${flagPart ? ` ${flagPart}` : ''}`);
	}
	if (!/^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(numberPart)) {
		return {
			ok: false,
			rule: 'cell.not_a_number',
			message: `"${text}" is neither a number nor ":"`
		};
	}
	const value = Number(numberPart);
	if (!Number.isFinite(value)) {
		return { ok: false, rule: 'cell.not_finite', message: `"${text}" is not a finite number` };
	}
	return { ok: true, value, flags };
}
