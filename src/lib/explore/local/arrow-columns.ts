// Arrow vectors made straight from values, without apache-arrow's builders: a builder compiles
// its null check with `new Function`, which the site's Content-Security-Policy forbids (no
// 'unsafe-eval'). Strings are UTF-8 with offsets, numbers typed arrays, null a cleared validity bit.
import { Float64, Int32, Utf8, makeData, makeVector, type Vector } from 'apache-arrow';

export type ArrowColumnType = 'utf8' | 'int32' | 'float64';
type Value = string | number | null | undefined;

const encoder = new TextEncoder();

function validity(values: readonly Value[]): { nullCount: number; nullBitmap: Uint8Array } {
	const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((v, i) => {
		if (v === null || v === undefined) nullCount++;
		else nullBitmap[i >> 3] |= 1 << (i & 7);
	});
	return { nullCount, nullBitmap };
}

/**
 * Offsets and bytes of the values. All of them are encoded at once: when the text is ASCII (byte
 * count = character count), each value's byte length is its length; otherwise value by value.
 * One pass gives the lengths and the validity (this runs for every column of a million records).
 */
function utf8Vector(values: readonly Value[]): Vector<Utf8> {
	const n = values.length;
	const valueOffsets = new Int32Array(n + 1);
	const nullBitmap = new Uint8Array(Math.ceil(n / 8));
	let nullCount = 0;
	let at = 0;
	for (let i = 0; i < n; i++) {
		const v = values[i];
		if (v === null || v === undefined) nullCount++;
		else {
			nullBitmap[i >> 3] |= 1 << (i & 7);
			at += typeof v === 'string' ? v.length : String(v).length;
		}
		valueOffsets[i + 1] = at;
	}
	// join writes null and undefined as '', and a number as String does.
	const text = values.join('');
	let data = encoder.encode(text);
	if (data.length !== text.length) {
		const parts = values.map((v) => encoder.encode(textOf(v)));
		let end = 0;
		parts.forEach((part, i) => (valueOffsets[i + 1] = end += part.length));
		data = new Uint8Array(end);
		parts.forEach((part, i) => data.set(part, valueOffsets[i]));
	}
	return makeVector(
		makeData({ type: new Utf8(), length: n, nullCount, nullBitmap, valueOffsets, data })
	);
}

const textOf = (v: Value) => (v === null || v === undefined ? '' : String(v));

function numberVector(type: 'int32' | 'float64', values: readonly Value[]): Vector {
	const data = type === 'int32' ? new Int32Array(values.length) : new Float64Array(values.length);
	values.forEach((v, i) => {
		if (v !== null && v !== undefined) data[i] = Number(v);
	});
	const { nullCount, nullBitmap } = validity(values);
	const arrowType = type === 'int32' ? new Int32() : new Float64();
	return makeVector(
		makeData({ type: arrowType, length: values.length, nullCount, nullBitmap, data } as never)
	);
}

export function arrowColumn(type: ArrowColumnType, values: readonly Value[]): Vector {
	return type === 'utf8' ? utf8Vector(values) : numberVector(type, values);
}
