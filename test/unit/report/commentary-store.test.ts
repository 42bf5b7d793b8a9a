import { describe, expect, it } from 'vitest';
import {
	commentaryKey,
	MAX_COMMENTARY_CHARS,
	readCommentary,
	writeCommentary,
	type CommentaryStorage
} from '../../../src/lib/report/commentary-store';

function memoryStorage(): CommentaryStorage & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, value),
		removeItem: (key) => void map.delete(key)
	};
}

const refusing: CommentaryStorage = {
	getItem: () => {
		throw new Error('SecurityError');
	},
	setItem: () => {
		throw new Error('QuotaExceededError');
	},
	removeItem: () => {
		throw new Error('SecurityError');
	}
};

describe('commentary store', () => {
	it('keys by report and section, so two reports or two sections never share a text', () => {
		expect(commentaryKey('fr', 'summary')).not.toBe(commentaryKey('de', 'summary'));
		expect(commentaryKey('fr', 'summary')).not.toBe(commentaryKey('fr', 'uptake'));
		expect(commentaryKey('eu', 'coverage')).toBe('uptake.report.commentary:eu:coverage');
	});

	it('keeps a text as typed and reads it back; other sections stay empty', () => {
		const storage = memoryStorage();
		const text = 'Line one\n<script>alert(1)</script>\n=HYPERLINK("http://x")';
		expect(writeCommentary(storage, 'fr', 'summary', text)).toBe(text);
		expect(readCommentary(storage, 'fr', 'summary')).toBe(text);
		expect(readCommentary(storage, 'fr', 'uptake')).toBe('');
		expect(readCommentary(storage, 'de', 'summary')).toBe('');
	});

	it('removes the entry when the text is emptied or only blanks', () => {
		const storage = memoryStorage();
		writeCommentary(storage, 'fr', 'summary', 'something');
		expect(writeCommentary(storage, 'fr', 'summary', '  \n\t ')).toBe('');
		expect(storage.map.size).toBe(0);
		expect(readCommentary(storage, 'fr', 'summary')).toBe('');
	});

	it('cuts a text longer than the limit at the limit', () => {
		const storage = memoryStorage();
		const kept = writeCommentary(storage, 'fr', 'summary', 'x'.repeat(MAX_COMMENTARY_CHARS + 5));
		expect(kept).toHaveLength(MAX_COMMENTARY_CHARS);
		expect(readCommentary(storage, 'fr', 'summary')).toHaveLength(MAX_COMMENTARY_CHARS);
		expect(writeCommentary(storage, 'fr', 'uptake', 'y'.repeat(MAX_COMMENTARY_CHARS))).toHaveLength(
			MAX_COMMENTARY_CHARS
		);
	});

	it('works without storage: reads empty, says it could not keep the text', () => {
		expect(readCommentary(undefined, 'fr', 'summary')).toBe('');
		expect(writeCommentary(undefined, 'fr', 'summary', 'text')).toBeUndefined();
		expect(readCommentary(refusing, 'fr', 'summary')).toBe('');
		expect(writeCommentary(refusing, 'fr', 'summary', 'text')).toBeUndefined();
	});
});
