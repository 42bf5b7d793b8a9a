import { describe, expect, it } from 'vitest';
import { findTable, ManifestError, parseManifest } from '../../../../core/contract/manifest';

const SHA = 'a'.repeat(64);

function validManifest() {
	return {
		schemaVersion: 1,
		pipelineVersion: '0.1.0',
		generatedAt: '2024-01-01T00:00:00.000Z',
		tables: [
			{
				name: 'lfs_participation_4w',
				file: 'lfs_participation_4w.arrows',
				rows: 3,
				bytes: 100,
				sha256: SHA,
				kind: 'official',
				columns: [{ name: 'geo', type: 'utf8' }],
				source: {
					dataset: 'trng_lfse_04',
					title: 'Participation',
					publisher: 'Eurostat',
					licence: 'CC BY 4.0',
					attribution: 'Source: Eurostat',
					extractionDate: null,
					inputs: [{ path: 'eurostat/x.tsv', sha256: SHA }]
				},
				flags: { b: 'break in time series' }
			}
		]
	};
}

describe('parseManifest', () => {
	it('accepts a valid manifest and finds its tables', () => {
		const manifest = parseManifest(validManifest());
		expect(findTable(manifest, 'lfs_participation_4w').rows).toBe(3);
		expect(() => findTable(manifest, 'nope')).toThrow(ManifestError);
	});

	const broken: [string, (m: ReturnType<typeof validManifest>) => void, RegExp][] = [
		['wrong schema version', (m) => (m.schemaVersion = 2), /schemaVersion must be 1/],
		['a generated time that is not a time', (m) => (m.generatedAt = 'yesterday'), /generatedAt/],
		[
			'a file path outside the folder',
			(m) => (m.tables[0].file = '../x.arrows'),
			/bare \.arrows name/
		],
		[
			'a table name that is not an identifier',
			(m) => (m.tables[0].name = 'Drop Table'),
			/SQL identifier/
		],
		['a bad checksum', (m) => (m.tables[0].sha256 = 'xyz'), /tables\[0\].*sha256/],
		['negative rows', (m) => (m.tables[0].rows = -1), /rows/],
		['an unknown kind', (m) => (m.tables[0].kind = 'guess'), /official or synthetic/],
		[
			'an unknown column type',
			(m) => (m.tables[0].columns[0].type = 'decimal'),
			/unknown type "decimal"/
		],
		[
			'a bad extraction date',
			(m) => ((m.tables[0].source as { extractionDate: unknown }).extractionDate = '1/2/2024'),
			/extractionDate/
		],
		[
			'a missing licence',
			(m) => ((m.tables[0].source as { licence: unknown }).licence = ''),
			/licence/
		],
		['a bad input checksum', (m) => (m.tables[0].source.inputs[0].sha256 = 'no'), /inputs\[0\]/],
		['a repeated table', (m) => m.tables.push(structuredClone(m.tables[0])), /repeated/]
	];
	it.each(broken)('rejects %s', (_, breakIt, message) => {
		const manifest = validManifest();
		breakIt(manifest);
		expect(() => parseManifest(manifest)).toThrow(message);
	});

	it('rejects what is not an object', () => {
		expect(() => parseManifest(null)).toThrow(ManifestError);
		expect(() => parseManifest([])).toThrow(ManifestError);
	});
});
