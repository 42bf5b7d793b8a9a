import { describe, expect, it } from 'vitest';
import {
	buildReportBundle,
	readReportBundle,
	sha256Hex,
	verifyReportBundle,
	type ReportBundleInput,
	type RunSql
} from '../../../src/lib/report/bundle/bundle';
import { inlineParams, sqlLiteral } from '../../../src/lib/report/bundle/inline-sql';
import { rowsToCsv } from '../../../src/lib/report/bundle/rows-csv';
import { readZip, writeZip } from '../../../src/lib/report/bundle/zip';

const text = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

describe('inlineParams', () => {
	it('replaces each placeholder by its literal, in order', () => {
		expect(inlineParams('SELECT ? AS a, ? AS b, ? AS c, ?, ?', ['x', 2, 2.5, true, null])).toBe(
			"SELECT 'x' AS a, 2 AS b, 2.5 AS c, TRUE, NULL"
		);
	});
	it("escapes quotes and leaves '?' inside literals, identifiers and comments alone", () => {
		expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
		expect(
			inlineParams(`SELECT '?', "a?b", ? -- why?\nFROM t WHERE x = 'it''s?' AND y = ?`, ['p', 1])
		).toBe(`SELECT '?', "a?b", 'p' -- why?\nFROM t WHERE x = 'it''s?' AND y = 1`);
	});
	it('refuses a count of parameters that does not fit', () => {
		expect(() => inlineParams('SELECT ?', [])).toThrow(/placeholders/);
		expect(() => inlineParams('SELECT 1', [1])).toThrow(/parameters/);
		expect(() => sqlLiteral(Number.NaN)).toThrow();
	});
});

describe('rowsToCsv', () => {
	it('writes the header and every value, NULL as empty, formulas neutralised', () => {
		expect(
			rowsToCsv([
				{ geo: 'FR', value: 1.5, n: 3n, ok: true, note: null },
				{ geo: '=HYPERLINK("x")', value: -2, n: 0n, ok: false, note: 'a,b' }
			])
		).toBe('geo,value,n,ok,note\nFR,1.5,3,true,\n"\'=HYPERLINK(""x"")",-2,0,false,"a,b"\n');
	});
});

// A fake database: each figure's SQL (as inlined) answers fixed rows.
const FIGURES = [
	{
		id: 'fig-a',
		number: 1,
		title: 'Levels',
		sql: 'SELECT geo, value FROM t WHERE year = ? ORDER BY geo',
		params: [2022],
		tables: ['t'],
		rows: [
			{ geo: 'AT', value: 10.25 },
			{ geo: 'BE', value: null }
		]
	},
	{
		id: 'fig-b',
		number: '2.1',
		title: 'Counts <script>alert(1)</script>',
		sql: 'SELECT count(*) AS n FROM u WHERE k = ?',
		params: ['x'],
		tables: ['u'],
		rows: [{ n: 7 }]
	}
];

const TABLE = (name: string) => ({
	name,
	file: `${name}.arrows`,
	rows: 1,
	bytes: 1,
	sha256: name.repeat(64).slice(0, 64),
	kind: 'official' as const,
	columns: [],
	source: {
		dataset: `ds-${name}`,
		title: '',
		publisher: '',
		licence: '',
		attribution: '',
		extractionDate: null,
		inputs: []
	},
	flags: {}
});

const INPUT: ReportBundleInput = {
	report: {
		id: 'eu',
		title: 'Report',
		release: { pipelineVersion: '0.1.0', generatedAt: '2026-12-04T17:05:51.000Z' },
		generatedAt: '2026-12-05T10:00:00.000Z'
	},
	figures: FIGURES,
	manifest: {
		pipelineVersion: '0.1.0',
		generatedAt: '2026-12-04T17:05:51.000Z',
		tables: [TABLE('t'), TABLE('u'), TABLE('unused')]
	},
	tableFiles: { t: text('arrow bytes of t') }
};

const answers: Record<string, Record<string, unknown>[]> = {
	'SELECT geo, value FROM t WHERE year = 2022 ORDER BY geo': FIGURES[0].rows,
	"SELECT count(*) AS n FROM u WHERE k = 'x'": [{ n: 7 }]
};
/** Answers the rows of the SQL once its comment lines are dropped. */
function fakeDatabase(changed: Record<string, Record<string, unknown>[]> = {}): RunSql {
	return async (query) => {
		const body = query.sql
			.split('\n')
			.filter((l) => !l.startsWith('--'))
			.join('\n')
			.trim();
		const rows = changed[body] ?? answers[body];
		if (!rows) throw new Error(`unexpected SQL: ${body}`);
		return rows;
	};
}

describe('buildReportBundle / readReportBundle', () => {
	it('holds the manifest, a README, each figure’s SQL and CSV, and the tables given', async () => {
		const bundle = readReportBundle(await buildReportBundle(INPUT));
		expect([...bundle.files.keys()]).toEqual([
			'manifest.json',
			'README.txt',
			'figures/01-1-fig-a.sql',
			'figures/01-1-fig-a.csv',
			'figures/02-2.1-fig-b.sql',
			'figures/02-2.1-fig-b.csv',
			'data/t.arrows'
		]);
		expect(decode(bundle.files.get('figures/01-1-fig-a.csv'))).toBe('geo,value\nAT,10.25\nBE,\n');
		const sql = decode(bundle.files.get('figures/01-1-fig-a.sql'));
		expect(sql).toContain('-- Figure 1: Levels\n');
		expect(sql).toContain('SELECT geo, value FROM t WHERE year = 2022 ORDER BY geo\n');
		const m = bundle.manifest;
		expect(m.figures.map((f) => [f.id, f.rows, f.columns])).toEqual([
			['fig-a', 2, ['geo', 'value']],
			['fig-b', 1, ['n']]
		]);
		expect(m.data.tables.map((t) => [t.name, t.bundled])).toEqual([
			['t', 'data/t.arrows'],
			['u', null]
		]);
		expect(m.methods.pipelineVersion).toBe('0.1.0');
		expect(m.methods.methods.find((x) => x.id === 'cell-key-perturbation')?.parameters).toEqual({
			maxPerturbation: 2,
			minCell: 5,
			cellKeyModulus: 65536
		});
		// Every other file with its sha256, computed here independently.
		expect(m.files.map((f) => f.path)).toEqual([...bundle.files.keys()].slice(1));
		for (const f of m.files) {
			const bytes = bundle.files.get(f.path)!;
			expect(f.sha256).toBe(await sha256Hex(bytes));
			expect(f.bytes).toBe(bytes.length);
		}
		expect(await sha256Hex(text('abc'))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('refuses a figure reading a table the manifest does not have, and non-bundles', async () => {
		await expect(
			buildReportBundle({ ...INPUT, figures: [{ ...FIGURES[0], tables: ['nope'] }] })
		).rejects.toThrow(/nope/);
		expect(() => readReportBundle(text('hello'))).toThrow(/ZIP/);
		expect(() => readReportBundle(writeZip([{ path: 'a.txt', bytes: text('a') }]))).toThrow(
			/manifest/
		);
	});
});

describe('verifyReportBundle', () => {
	it('finds every figure matching when the SQL returns the same rows', async () => {
		const result = await verifyReportBundle(
			readReportBundle(await buildReportBundle(INPUT)),
			fakeDatabase(),
			{ published: INPUT.manifest }
		);
		expect(result.figures.map((f) => f.status)).toEqual(['matches', 'matches']);
		expect(result.tampered).toEqual([]);
		expect(result.changedTables).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it('tolerates float noise in the last digits, not a real change', async () => {
		const bundle = readReportBundle(await buildReportBundle(INPUT));
		const body = 'SELECT geo, value FROM t WHERE year = 2022 ORDER BY geo';
		const noisy = await verifyReportBundle(
			bundle,
			fakeDatabase({
				[body]: [
					{ geo: 'AT', value: 10.250000000000002 },
					{ geo: 'BE', value: null }
				]
			})
		);
		expect(noisy.figures[0].status).toBe('matches');
		const changed = await verifyReportBundle(
			bundle,
			fakeDatabase({
				[body]: [
					{ geo: 'AT', value: 10.3 },
					{ geo: 'BE', value: null }
				]
			})
		);
		expect(changed.figures.map((f) => f.status)).toEqual(['differs', 'matches']);
		expect(changed.figures[0].difference).toEqual({
			line: 1,
			stored: 'AT,10.25',
			recomputed: 'AT,10.3'
		});
		expect(changed.ok).toBe(false);
		// A hidden value that comes back as 0 is a difference too.
		const zero = await verifyReportBundle(
			bundle,
			fakeDatabase({
				[body]: [
					{ geo: 'AT', value: 10.25 },
					{ geo: 'BE', value: 0 }
				]
			})
		);
		expect(zero.figures[0].status).toBe('differs');
	});

	it('says which published tables changed since the bundle was made', async () => {
		const result = await verifyReportBundle(
			readReportBundle(await buildReportBundle(INPUT)),
			fakeDatabase(),
			{ published: { tables: [TABLE('t'), { ...TABLE('u'), sha256: 'f'.repeat(64) }] } }
		);
		expect(result.changedTables).toEqual([
			{ name: 'u', bundled: TABLE('u').sha256, published: 'f'.repeat(64) }
		]);
	});

	it('names a CSV changed by one byte (ZIP rewritten, CRC right) as tampered', async () => {
		const entries = readZip(await buildReportBundle(INPUT)).map((e) => {
			if (e.path !== 'figures/01-1-fig-a.csv') return e;
			const bytes = e.bytes.slice();
			bytes[bytes.length - 3] = '7'.charCodeAt(0); // 'BE,' → 'B7,'
			return { path: e.path, bytes };
		});
		const result = await verifyReportBundle(readReportBundle(writeZip(entries)), fakeDatabase());
		expect(result.tampered).toEqual(['figures/01-1-fig-a.csv']);
		expect(result.figures[0]).toMatchObject({
			status: 'tampered',
			tamperedFiles: ['figures/01-1-fig-a.csv']
		});
		expect(result.figures[1].status).toBe('matches');
		expect(result.ok).toBe(false);
	});

	it('names a file whose byte changed inside the archive (CRC wrong) as tampered', async () => {
		const zip = await buildReportBundle(INPUT);
		const sql = new TextEncoder().encode("k = 'x'");
		const at = indexOf(zip, sql);
		zip[at + 5] = 'y'.charCodeAt(0);
		const result = await verifyReportBundle(readReportBundle(zip), fakeDatabase());
		expect(result.tampered).toEqual(['figures/02-2.1-fig-b.sql']);
		expect(result.figures.map((f) => f.status)).toEqual(['matches', 'tampered']);
	});

	it('reports a missing file, an added one, and an SQL that fails', async () => {
		const entries = readZip(await buildReportBundle(INPUT))
			.filter((e) => e.path !== 'data/t.arrows')
			.concat([{ path: 'extra.txt', bytes: text('x'), crcOk: true }]);
		const failing: RunSql = async () => {
			throw new Error('Catalog Error: Table with name t does not exist');
		};
		const result = await verifyReportBundle(readReportBundle(writeZip(entries)), failing);
		expect(result.files.filter((f) => f.status !== 'ok')).toEqual([
			{ path: 'data/t.arrows', status: 'missing' },
			{ path: 'extra.txt', status: 'unlisted' }
		]);
		expect(result.figures.map((f) => f.status)).toEqual(['error', 'error']);
		expect(result.figures[0].error).toMatch(/does not exist/);
	});
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
	outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
		for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
		return i;
	}
	throw new Error('not found');
}
