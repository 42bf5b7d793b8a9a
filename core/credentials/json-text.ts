export type JsonParseResult =
	| { ok: true; value: unknown }
	| { ok: false; offset: number; line: number; column: number; reason: string };

/**
 * JSON.parse with a located error. The reason is our own wording: V8's messages quote the
 * input around the error, which may be a learner identifier.
 */
export function parseJsonText(text: string): JsonParseResult {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		const error = locateJsonError(text) ?? { offset: 0, reason: 'invalid JSON' };
		return { ok: false, ...error, ...lineColumn(text, error.offset) };
	}
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, column: offset - lineStart + 1 };
}

type State = 'value' | 'value_or_close' | 'key' | 'key_or_close' | 'colon' | 'after';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const ESCAPES = '"\\/bfnrt';

/** Offset and reason of the first syntax error, or undefined when the text is valid JSON. */
export function locateJsonError(text: string): { offset: number; reason: string } | undefined {
	const n = text.length;
	const stack: string[] = [];
	let i = 0;
	let state: State = 'value';
	const fail = (reason: string, at = i) => ({ offset: at, reason });

	const scanString = (): { offset: number; reason: string } | undefined => {
		i++;
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c === 34) {
				i++;
				return undefined;
			}
			if (c === 92) {
				const e = text[i + 1];
				if (e === 'u') {
					if (!HEX4.test(text.slice(i + 2, i + 6))) return fail('invalid \\u escape in string');
					i += 6;
				} else if (e !== undefined && ESCAPES.includes(e)) {
					i += 2;
				} else {
					return fail('invalid escape in string');
				}
				continue;
			}
			if (c < 32) return fail('unescaped control character in string');
			i++;
		}
		return fail('unterminated string', n);
	};

	for (;;) {
		while (i < n && ' \t\n\r'.includes(text[i])) i++;
		if (i >= n) {
			return state === 'after' && stack.length === 0 ? undefined : fail('unexpected end of input');
		}
		const c = text[i];
		if (state === 'after') {
			const top = stack[stack.length - 1];
			if (top === undefined) return fail('unexpected content after the JSON value');
			if (c === ',') {
				i++;
				state = top === '{' ? 'key' : 'value';
			} else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
				stack.pop();
				i++;
			} else {
				return fail(top === '{' ? "expected ',' or '}'" : "expected ',' or ']'");
			}
			continue;
		}
		if (state === 'colon') {
			if (c !== ':') return fail("expected ':' after a property name");
			i++;
			state = 'value';
			continue;
		}
		if (state === 'key' || state === 'key_or_close') {
			if (state === 'key_or_close' && c === '}') {
				stack.pop();
				i++;
				state = 'after';
				continue;
			}
			if (c !== '"') return fail('expected a property name in double quotes');
			const error = scanString();
			if (error) return error;
			state = 'colon';
			continue;
		}
		if (state === 'value_or_close' && c === ']') {
			stack.pop();
			i++;
			state = 'after';
			continue;
		}
		if (c === '{' || c === '[') {
			stack.push(c);
			i++;
			state = c === '{' ? 'key_or_close' : 'value_or_close';
			continue;
		}
		if (c === '"') {
			const error = scanString();
			if (error) return error;
		} else if (c === '-' || (c >= '0' && c <= '9')) {
			NUMBER.lastIndex = i;
			if (!NUMBER.test(text)) return fail('invalid number');
			i = NUMBER.lastIndex;
		} else {
			const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
			if (!literal) return fail('unexpected character, expected a value');
			i += literal.length;
		}
		state = 'after';
	}
}
