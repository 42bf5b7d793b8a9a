import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	ALL_KEYS,
	createTranslator,
	flagMeaning,
	missingKeys,
	type MessageKey
} from '../../../src/lib/i18n/translate';
import { delocalisePath, localisePath } from '../../../src/lib/i18n/langs';
import { REPO_ROOT } from '../../helpers/shared-data';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? sourceFiles(path)
			: /\.(svelte|ts)$/.test(name)
				? [path]
				: [];
	});
}

/** Keys the pages and their components use: they must exist in French and German. */
const PAGE_KEY_PREFIXES = [
	'app.',
	'nav.',
	'lang.',
	'footer.',
	'home.',
	'participation.',
	'picker.',
	'state.',
	'flags.',
	'sources.',
	'figure.',
	'data.',
	'kind.',
	'filters.',
	'target.',
	'vocab.',
	'uptake.',
	'inclusion.',
	'quality.',
	'country.',
	'explore.'
];

describe('message catalogues', () => {
	it('translate every key of the pages into French and German', () => {
		const pageKeys = ALL_KEYS.filter((k) => PAGE_KEY_PREFIXES.some((p) => k.startsWith(p)));
		expect(pageKeys.length).toBeGreaterThan(50);
		expect(missingKeys('fr', pageKeys)).toEqual([]);
		expect(missingKeys('de', pageKeys)).toEqual([]);
	});

	it('interpolate parameters and fall back to English for a missing key', () => {
		const fr = createTranslator('fr');
		expect(fr('picker.remove', { name: 'France' })).toBe('Retirer France');
		expect(createTranslator('de')('picker.limit', { max: 12 })).toBe(
			'Höchstens 12 Länder können gleichzeitig angezeigt werden.'
		);
	});

	it('every key used in the source exists in the English catalogue', () => {
		const used = new Set<string>();
		for (const file of sourceFiles(join(REPO_ROOT, 'src'))) {
			for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z][\w.]+)'/g))
				used.add(match[1]);
		}
		expect(used.size).toBeGreaterThan(20);
		expect([...used].filter((k) => !ALL_KEYS.includes(k as MessageKey))).toEqual([]);
	});
});

describe('localised paths', () => {
	it('put French and German under a prefix and keep English at the root', () => {
		expect(localisePath('/participation', 'fr')).toBe('/fr/participation');
		expect(localisePath('/', 'de')).toBe('/de');
		expect(localisePath('/participation', 'en')).toBe('/participation');
		expect(delocalisePath('/fr/participation')).toBe('/participation');
		expect(delocalisePath('/de')).toBe('/');
		expect(delocalisePath('/french-fries')).toBe('/french-fries');
	});
});

describe('flagMeaning', () => {
	it('names a known flag in each language and shows an unknown letter as itself', () => {
		expect(flagMeaning(createTranslator('en'), 'b')).toBe('break in time series');
		expect(flagMeaning(createTranslator('fr'), 'b')).not.toBe('break in time series');
		expect(flagMeaning(createTranslator('en'), 'q')).toBe('q');
	});
});
