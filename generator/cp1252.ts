// Windows-1252 differs from Latin-1 only in 0x80-0x9F, where it puts typographic characters
// (€, ’, “, –, œ...) that French and Italian office software writes all the time.
const HIGH: Readonly<Record<number, number>> = {
	0x20ac: 0x80,
	0x201a: 0x82,
	0x0192: 0x83,
	0x201e: 0x84,
	0x2026: 0x85,
	0x2020: 0x86,
	0x2021: 0x87,
	0x02c6: 0x88,
	0x2030: 0x89,
	0x0160: 0x8a,
	0x2039: 0x8b,
	0x0152: 0x8c,
	0x017d: 0x8e,
	0x2018: 0x91,
	0x2019: 0x92,
	0x201c: 0x93,
	0x201d: 0x94,
	0x2022: 0x95,
	0x2013: 0x96,
	0x2014: 0x97,
	0x02dc: 0x98,
	0x2122: 0x99,
	0x0161: 0x9a,
	0x203a: 0x9b,
	0x0153: 0x9c,
	0x017e: 0x9e,
	0x0178: 0x9f
};

const QUESTION_MARK = 0x3f;

/**
 * Encodes into `target` from `offset` (one byte per character; the caller leaves room) and
 * returns the new offset and the count of characters with no Windows-1252 byte, written as '?'.
 */
export function encodeCp1252Into(
	text: string,
	target: Buffer,
	offset: number
): { end: number; unmappable: number } {
	let unmappable = 0;
	let j = offset;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) {
			target[j++] = code;
			continue;
		}
		const mapped = HIGH[code];
		if (mapped !== undefined) {
			target[j++] = mapped;
			continue;
		}
		// A surrogate pair is one character, written as a single '?'.
		if (code >= 0xd800 && code <= 0xdbff) i++;
		target[j++] = QUESTION_MARK;
		unmappable++;
	}
	return { end: j, unmappable };
}

export function encodeCp1252(text: string): { bytes: Buffer; unmappable: number } {
	const out = Buffer.allocUnsafe(text.length);
	const { end, unmappable } = encodeCp1252Into(text, out, 0);
	return { bytes: out.subarray(0, end), unmappable };
}
