import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, type GenerateOptions } from '../../../generator/generate';
import { ISSUANCE_DIRTY_KINDS } from '../../../generator/dirty';
import { MEMBER_STATES } from '../../../core/contract/countries';
import { PROVIDER_TYPES } from '../../../core/contract/vocabularies';
import { hasSharedData, SHARED_DATA_DIR } from '../../helpers/shared-data';
import {
	asRecord,
	CLEAN_GAP_PROBLEMS,
	eqfLevel,
	issuanceTables,
	listedIssuanceRows,
	parseCsv,
	parseDate,
	readManifest,
	readTable,
	rowProblems,
	type FileFormat
} from './dataset';

const RECORDS = 5000;
const root = mkdtempSync(join(tmpdir(), 'uptake-generate-'));
const base = (outDir: string, seed = 'test-seed-1'): GenerateOptions => ({
	records: RECORDS,
	seed,
	outDir,
	dataDir: hasSharedData ? SHARED_DATA_DIR : undefined,
	fromYear: 2019,
	toYear: 2024,
	asOf: '2024-12-31',
	dirtyRate: 0.02
});

function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)))
		.sort();
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

const A = join(root, 'a');
const B = join(root, 'b');
const C = join(root, 'c');
const logs: string[] = [];

beforeAll(async () => {
	await generateDataset({ ...base(A), log: (l) => logs.push(l) });
	await generateDataset(base(B));
	await generateDataset(base(C, 'test-seed-2'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('determinism', () => {
	it('gives byte-identical files for the same seed and arguments', () => {
		const files = listFiles(A);
		expect(files).toEqual(listFiles(B));
		expect(files.length).toBeGreaterThan(40);
		for (const f of files) expect(sha(join(B, f)), f).toBe(sha(join(A, f)));
	});

	it('gives different data for another seed', () => {
		const f = 'issuance/issuance-de.csv';
		expect(sha(join(C, f))).not.toBe(sha(join(A, f)));
		expect(sha(join(C, 'providers/providers.csv'))).not.toBe(
			sha(join(A, 'providers/providers.csv'))
		);
	});

	it('records the seed, the count, the version and that the data is synthetic', () => {
		const m = readManifest(A);
		expect(m.synthetic).toBe(true);
		expect(m.seed).toBe('test-seed-1');
		expect(m.records).toBe(RECORDS);
		expect(m.generator.version).toMatch(/^\d+\.\d+\.\d+$/);
		const readme = readFileSync(join(A, 'README-synthetic.txt'), 'utf8');
		expect(readme).toMatch(/SYNTHETIC/);
		expect(readme).toContain('test-seed-1');
	});
});

describe('coverage', () => {
	it('has providers of every type in all 27 Member States', () => {
		const m = readManifest(A);
		const table = readTable(
			A,
			m.files.find((f) => f.path === 'providers/providers.csv')!
		);
		const rows = table.rows.map((r) => asRecord(table.header, r));
		for (const c of MEMBER_STATES) {
			const types = new Set(rows.filter((r) => r.country === c.geo).map((r) => r.provider_type));
			for (const t of PROVIDER_TYPES) expect(types.has(t), `${c.geo} ${t}`).toBe(true);
		}
	});

	it('has issuance from all 27 Member States and every provider type', () => {
		const tables = issuanceTables(A);
		expect(new Set(tables.map((t) => t.file.format?.country))).toEqual(
			new Set(MEMBER_STATES.map((c) => c.geo))
		);
		for (const t of tables) expect(t.rows.length, t.file.path).toBeGreaterThan(0);
		const types = new Set(
			tables.flatMap((t) => t.rows.map((r) => asRecord(t.header, r).provider_type))
		);
		for (const type of PROVIDER_TYPES) expect(types.has(type), type).toBe(true);
	});

	it('writes catalogue, measures for all 27, and ELM and Open Badges credentials', () => {
		const m = readManifest(A);
		const measures = readTable(
			A,
			m.files.find((f) => f.path === 'measures/measures.csv')!
		);
		const countries = new Set(measures.rows.map((r) => r[0]));
		for (const c of MEMBER_STATES) expect(countries.has(c.geo)).toBe(true);
		expect(
			measures.rows.every(
				(r) => r[3] === '' || r[3].startsWith('[Synthetic]') || /^[=+@-]/.test(r[3])
			)
		).toBe(true);
		const creds = m.files.filter((f) => f.table === 'credentials');
		expect(creds.length).toBe(20);
		const elm = JSON.parse(readFileSync(join(A, 'credentials/elm-01.jsonld'), 'utf8'));
		expect(elm.type).toContain('EuropeanDigitalCredential');
		expect(elm.credentialSubject.hasClaim.specifiedBy.creditPoint.point).toBeDefined();
		const ob = JSON.parse(readFileSync(join(A, 'credentials/ob3-02.json'), 'utf8'));
		expect(ob.type).toContain('OpenBadgeCredential');
		expect(ob.credentialSubject.achievement.name).toBe(ob.name);
	});
});

describe('population weighting', () => {
	it('gives larger countries proportionally more records', () => {
		const m = readManifest(A);
		const rows = new Map(
			m.files
				.filter((f) => f.table === 'issuance')
				.map((f) => [f.format?.country as string, f.rows as number])
		);
		const pop = m.population.byCountry;
		const totalPop = Object.values(pop).reduce((s, p) => s + p.population, 0);
		for (const [geo, p] of Object.entries(pop)) {
			const expected = (p.population / totalPop) * RECORDS;
			if (expected > 250)
				expect(Math.abs((rows.get(geo) as number) - expected) / expected, geo).toBeLessThan(0.2);
		}
		const order = ['DE', 'FR', 'IT', 'ES', 'PL'];
		for (let i = 1; i < order.length; i++) {
			expect(rows.get(order[i - 1]) as number).toBeGreaterThan(rows.get(order[i]) as number);
		}
		expect(rows.get('DE') as number).toBeGreaterThan(20 * (rows.get('MT') as number));
		expect(m.population.source).toBe(hasSharedData ? 'eurostat' : 'fallback');
		expect(logs.some((l) => /population/.test(l))).toBe(true);
	});

	it('falls back to built-in weights and says so when the Eurostat file is missing', async () => {
		const out = join(root, 'fallback');
		const messages: string[] = [];
		await generateDataset({
			...base(out),
			records: 500,
			dataDir: join(root, 'no-such-dir'),
			log: (l) => messages.push(l)
		});
		expect(readManifest(out).population.source).toBe('fallback');
		expect(messages.join('\n')).toMatch(/fallback/);
	});
});

describe('dirty rows', () => {
	const ledger = () => JSON.parse(readFileSync(join(A, 'dirty-ledger.json'), 'utf8'));

	it('breaks about --dirty-rate of issuance rows, with every kind present', () => {
		const issuance = ledger().tables.issuance;
		expect(issuance.rows).toBe(RECORDS);
		expect(Math.abs(issuance.dirtyRows / RECORDS - 0.02)).toBeLessThan(0.002);
		for (const kind of ISSUANCE_DIRTY_KINDS) expect(issuance.byKind[kind], kind).toBeGreaterThan(0);
	});

	it('has every dirty kind in providers, catalogue and measures', () => {
		for (const table of ['providers', 'catalogue', 'measures']) {
			const t = ledger().tables[table];
			expect(t.dirtyRows).toBeGreaterThan(0);
			for (const kind of t.kinds) expect(t.byKind[kind], `${table} ${kind}`).toBeGreaterThan(0);
		}
	});

	// Clean rows may lack a mandatory Annex I element (a clean gap, a validator warning); the
	// ledger lists only the rows broken on purpose, each made from a complete row.
	it('lists exactly the broken issuance rows, each with its one problem', () => {
		const m = readManifest(A);
		const listed = listedIssuanceRows(A);
		const asOf = new Date(`${m.asOf}T00:00:00Z`);
		const found = new Map<string, string[]>();
		const gapped = new Map<string, string[]>();
		for (const t of issuanceTables(A)) {
			const seen = new Set<string>();
			t.rows.forEach((row, i) => {
				const key = `${t.file.path}#${i + 1}`;
				const problems = rowProblems(t.header, row, t.file.format as FileFormat, asOf, seen);
				if (listed.has(key)) found.set(key, problems);
				else if (problems.length > 0) gapped.set(key, problems);
			});
		}
		for (const [key, kind] of listed) expect(found.get(key), key).toEqual([kind]);
		for (const [key, problems] of gapped) {
			expect(
				problems.filter((p) => !CLEAN_GAP_PROBLEMS.has(p)),
				key
			).toEqual([]);
		}
		// A tenth or more of the clean rows lack something, a dirty row never lacks anything else.
		expect(gapped.size).toBeGreaterThan(0.1 * (RECORDS - listed.size));
		expect(gapped.size).toBeLessThan(0.5 * (RECORDS - listed.size));
	});

	it('counts the clean gaps in the manifest, element by element', () => {
		const m = JSON.parse(readFileSync(join(A, 'manifest.json'), 'utf8'));
		const listed = listedIssuanceRows(A);
		const asOf = new Date(`${m.asOf}T00:00:00Z`);
		const missing: Record<string, number> = {};
		let clean = 0;
		let incomplete = 0;
		for (const t of issuanceTables(A)) {
			const seen = new Set<string>();
			t.rows.forEach((row, i) => {
				const problems = rowProblems(t.header, row, t.file.format as FileFormat, asOf, seen);
				if (listed.has(`${t.file.path}#${i + 1}`)) return;
				clean++;
				if (problems.length > 0) incomplete++;
				for (const p of problems) {
					const element = p.replace(/^missing_/, '');
					missing[element] = (missing[element] ?? 0) + 1;
				}
			});
		}
		expect(m.issuance.cleanRows).toBe(clean);
		expect(m.issuance.cleanRowsMissingAnyElement).toBe(incomplete);
		expect(m.issuance.cleanRowsMissing).toEqual({
			learning_outcomes: missing.learning_outcomes ?? 0,
			workload: missing.workload ?? 0,
			assessment_type: missing.assessment_type ?? 0,
			participation_form: missing.participation_form ?? 0,
			quality_assurance: missing.quality_assurance ?? 0,
			learner_id: missing.learner_id ?? 0,
			awarding_body: missing.awarding_body ?? 0
		});
		for (const n of Object.values(m.issuance.cleanRowsMissing)) expect(n).toBeGreaterThan(0);
		expect(readFileSync(join(A, 'README-synthetic.txt'), 'utf8')).toMatch(
			/NOT in the dirty ledger/
		);
	});

	it('points each ledger entry at the physical line where the row starts', () => {
		const [header, ...entries] = parseCsv(readFileSync(join(A, 'dirty-rows.csv'), 'utf8'), ',');
		const entry = entries
			.map((e) => asRecord(header, e))
			.find((e) => e.file === 'issuance/issuance-pl.csv')!;
		const lines = readFileSync(join(A, entry.file), 'utf8').split('\n');
		const { rows } = readTable(
			A,
			readManifest(A).files.find((f) => f.path === entry.file)!
		);
		expect(lines[Number(entry.line) - 1].startsWith(rows[Number(entry.row) - 1][0])).toBe(true);
	});
});

describe('export shapes', () => {
	const bytes = (f: string) => readFileSync(join(A, f));
	const hasSequence = (buf: Buffer, seq: number[]) =>
		buf.some((_, i) => seq.every((b, j) => buf[i + j] === b));

	it('writes the French file in Windows-1252 with ;, CRLF, decimal commas and dd/mm/yyyy', () => {
		const buf = bytes('issuance/issuance-fr.csv');
		expect(buf.includes(0xe9)).toBe(true); // é as one byte
		expect(hasSequence(buf, [0xc3, 0xa9])).toBe(false); // not UTF-8 é
		expect(buf.includes(0x92)).toBe(true); // ’ exists only in Windows-1252
		const text = new TextDecoder('windows-1252').decode(buf);
		expect(text).toContain('Université');
		expect(text.split('\r\n')[0]).toMatch(/^credential_id;learner_id;title;/);
		expect(text).toMatch(/;\d{2}\/\d{2}\/20\d{2};/);
		expect(text).toMatch(/;\d+,5;/);
	});

	it('writes the German file in UTF-8 with BOM, tabs and d.m.yyyy dates', () => {
		const buf = bytes('issuance/issuance-de.csv');
		expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = buf.toString('utf8');
		expect(text.slice(1).split('\r\n')[0].split('\t')[0]).toBe('credential_id');
		expect(text).toMatch(/\t\d{1,2}\.\d{1,2}\.20\d{2}\t/);
	});

	it('writes spreadsheet-style headers in the Austrian file', () => {
		const header = bytes('issuance/issuance-at.csv').toString('utf8').split('\n')[0];
		expect(header).toContain('Learner ID');
		expect(header).toContain('Issuer Country');
	});

	it('writes countries and EQF levels in mixed forms, GR for Greece', () => {
		const values = (file: string, col: string) => {
			const t = issuanceTables(A).find((x) => x.file.path === file)!;
			return new Set(t.rows.map((r) => asRecord(t.header, r)[col]));
		};
		const greek = values('issuance/issuance-el.csv', 'issuer_country');
		expect(greek.has('GR')).toBe(true);
		expect(greek.has('EL')).toBe(true);
		const all = issuanceTables(A).flatMap((t) => t.rows.map((r) => asRecord(t.header, r)));
		const countries = new Set(all.map((r) => r.issuer_country));
		expect([...countries].some((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
		expect(countries.has('Germany') || countries.has('France') || countries.has('Italy')).toBe(
			true
		);
		const eqf = new Set(all.map((r) => r.eqf_level));
		for (const form of [/^\d$/, /^[IVX]+$/, /^Level \d$/, /^EQF \d$/]) {
			expect(
				[...eqf].some((e) => form.test(e)),
				String(form)
			).toBe(true);
		}
	});
});

describe('plausible shares', () => {
	/** Clean rows (not in the ledger), gaps included, with their year. */
	const rows: Record<string, string>[] = [];
	beforeAll(() => {
		const listed = listedIssuanceRows(A);
		for (const t of issuanceTables(A)) {
			t.rows.forEach((r, i) => {
				if (listed.has(`${t.file.path}#${i + 1}`)) return;
				const x = asRecord(t.header, r);
				const d = parseDate(x.issue_date, (t.file.format as FileFormat).dateFormat) as Date;
				rows.push({ ...x, year: String(d.getUTCFullYear()), ects: x.ects.replace(',', '.') });
			});
		}
	});
	const share = (
		col: string,
		pred: (v: string) => boolean,
		known = (v: string) => v !== '' && v !== 'unknown'
	) => {
		const recorded = rows.filter((r) => known(r[col]));
		return recorded.filter((r) => pred(r[col])).length / recorded.length;
	};

	it('under-represents low-qualified, unemployed, older, rural and disabled learners', () => {
		expect(share('education_level', (v) => v === 'low')).toBeGreaterThan(0.04);
		expect(share('education_level', (v) => v === 'low')).toBeLessThan(0.13);
		const unemployed = share(
			'labour_status',
			(v) => v === 'unemployed' || v === 'long_term_unemployed'
		);
		expect(unemployed).toBeGreaterThan(0.03);
		expect(unemployed).toBeLessThan(0.1);
		expect(share('age_band', (v) => v === '55-64')).toBeGreaterThan(0.06);
		expect(share('age_band', (v) => v === '55-64')).toBeLessThan(0.14);
		expect(share('degree_of_urbanisation', (v) => v === 'rural')).toBeGreaterThan(0.14);
		expect(share('degree_of_urbanisation', (v) => v === 'rural')).toBeLessThan(0.27);
		expect(share('disability', (v) => v === 'true')).toBeGreaterThan(0.025);
		expect(share('disability', (v) => v === 'true')).toBeLessThan(0.08);
		expect(share('migrant_background', (v) => v === 'true')).toBeGreaterThan(0.06);
		expect(share('migrant_background', (v) => v === 'true')).toBeLessThan(0.15);
	});

	it('has HEIs and VET as the biggest issuers, EQF mostly 4-7 and ECTS mostly 1-10', () => {
		const counts = new Map<string, number>();
		for (const r of rows) counts.set(r.provider_type, (counts.get(r.provider_type) ?? 0) + 1);
		const top = [...counts].sort((a, b) => b[1] - a[1]).map(([t]) => t);
		expect(new Set(top.slice(0, 2))).toEqual(new Set(['hei', 'vet']));
		expect(
			share('eqf_level', (v) => (eqfLevel(v) ?? 0) >= 4 && (eqfLevel(v) ?? 0) <= 7)
		).toBeGreaterThan(0.7);
		const ects = rows.filter((r) => r.ects !== '').map((r) => Number(r.ects));
		expect(ects.filter((e) => e >= 1 && e <= 10).length / ects.length).toBeGreaterThan(0.8);
		expect(ects.some((e) => e >= 15)).toBe(true);
	});

	it('grows over the years and moves from pdf and paper to EDC and Open Badges', () => {
		const inYear = (y: string) => rows.filter((r) => r.year === y);
		expect(inYear('2024').length).toBeGreaterThan(2 * inYear('2019').length);
		const digital = (y: string) =>
			inYear(y).filter((r) => r.digital_format === 'edc' || r.digital_format === 'open_badges_3')
				.length / inYear(y).length;
		const legacy = (y: string) =>
			inYear(y).filter((r) => r.digital_format === 'pdf' || r.digital_format === 'paper').length /
			inYear(y).length;
		expect(digital('2024')).toBeGreaterThan(digital('2019') + 0.2);
		expect(legacy('2024')).toBeLessThan(legacy('2019') - 0.2);
	});

	it('has learners with several credentials and identifiers that look real', () => {
		const learners = new Set(rows.filter((r) => r.learner_id !== '').map((r) => r.learner_id));
		expect(learners.size).toBeLessThan(0.8 * rows.length);
		expect(readManifest(A)).toMatchObject({
			issuance: { distinctLearnersInCleanRows: learners.size }
		});
		for (const id of learners) expect(id).toMatch(/^L-\d{10}$|^[a-z]+\.[a-z]+\.\d+@example\.org$/);
	});
});

describe('Annex I completeness and Annex II context by provider type', () => {
	const rows: Record<string, string>[] = [];
	beforeAll(() => {
		const listed = listedIssuanceRows(A);
		for (const t of issuanceTables(A)) {
			t.rows.forEach((r, i) => {
				if (listed.has(`${t.file.path}#${i + 1}`)) return;
				const x = asRecord(t.header, r);
				const d = parseDate(x.issue_date, (t.file.format as FileFormat).dateFormat) as Date;
				rows.push({ ...x, year: String(d.getUTCFullYear()) });
			});
		}
	});
	const complete = (r: Record<string, string>) =>
		[
			'learner_id',
			'title',
			'issuer_country',
			'awarding_body',
			'issue_date',
			'learning_outcomes',
			'assessment_type',
			'participation_form',
			'quality_assurance'
		].every((c) => r[c] !== '') &&
		(r.ects !== '' || r.workload_hours !== '');
	const shareOf = (
		subset: Record<string, string>[],
		pred: (r: Record<string, string>) => boolean
	) => subset.filter(pred).length / subset.length;
	const byType = (type: string) => rows.filter((r) => r.provider_type === type);
	const inYear = (year: string) => rows.filter((r) => r.year === year);

	it('has about two records in three complete, more in 2024 than in 2019', () => {
		// Expected (completeness.ts): 2019 about 57 %, 2024 about 75 %.
		expect(shareOf(rows, complete)).toBeGreaterThan(0.6);
		expect(shareOf(rows, complete)).toBeLessThan(0.85);
		expect(shareOf(inYear('2019'), complete)).toBeLessThan(0.68);
		expect(shareOf(inYear('2024'), complete)).toBeGreaterThan(
			shareOf(inYear('2019'), complete) + 0.08
		);
	});

	it('has HEIs more complete than private providers and employers', () => {
		// Expected: HEIs about 83 % complete, private providers and employers about 55 %.
		const hei = shareOf(byType('hei'), complete);
		expect(hei).toBeGreaterThan(0.75);
		for (const type of ['private_provider', 'employer']) {
			expect(shareOf(byType(type), complete), type).toBeLessThan(hei - 0.15);
		}
		for (const col of ['learning_outcomes', 'quality_assurance', 'assessment_type']) {
			const gap = (type: string) => shareOf(byType(type), (r) => r[col] === '');
			expect(gap('hei'), col).toBeLessThan(0.7 * gap('private_provider'));
		}
	});

	it('varies format, sealing and stackability by provider type', () => {
		const is =
			(col: string, ...values: string[]) =>
			(r: Record<string, string>) =>
				values.includes(r[col]);
		const hei = byType('hei');
		const privateProviders = byType('private_provider');
		// EDC: HEIs about 32 %, private providers about 9 %; badges about 12 % and 44 %.
		expect(shareOf(hei, is('digital_format', 'edc'))).toBeGreaterThan(
			2 * shareOf(privateProviders, is('digital_format', 'edc'))
		);
		const badges = is('digital_format', 'open_badges_2', 'open_badges_3');
		expect(shareOf(privateProviders, badges)).toBeGreaterThan(2 * shareOf(hei, badges));
		// Sealed: HEIs about 63 %, employers about 36 %, civil society about 27 %.
		const sealed = is('sealed', 'true');
		expect(shareOf(hei, sealed)).toBeGreaterThan(shareOf(byType('employer'), sealed) + 0.15);
		// Stackable: HEIs about 45 %, private providers about 9 %; empty 5 % and 25 %.
		const stackable = is('stackability', 'stackable');
		expect(shareOf(hei, stackable)).toBeGreaterThan(2 * shareOf(privateProviders, stackable));
		const empty = is('stackability', '');
		expect(shareOf(privateProviders, empty)).toBeGreaterThan(2 * shareOf(hei, empty));
	});
});

describe('atomic output', () => {
	it('leaves no staging directories after a successful run', () => {
		for (const dir of [A, B, C]) {
			expect(readdirSync(dir).filter((e) => e.startsWith('.'))).toEqual([]);
		}
	});

	it('leaves the previous dataset untouched and no partial files when a run fails', async () => {
		const out = join(root, 'atomic');
		await generateDataset({ ...base(out), records: 1000 });
		writeFileSync(join(out, 'keep.txt'), 'mine');
		const before = new Map(listFiles(out).map((f) => [f, sha(join(out, f))]));
		const failing = generateDataset({
			...base(out, 'other-seed'),
			onProgress: (done) => {
				if (done >= 2000) throw new Error('simulated crash');
			}
		});
		await expect(failing).rejects.toThrow('simulated crash');
		expect(new Map(listFiles(out).map((f) => [f, sha(join(out, f))]))).toEqual(before);
		expect(readdirSync(out).filter((e) => e.startsWith('.'))).toEqual([]);
	});

	it('creates nothing in a fresh directory when a run fails', async () => {
		const out = join(root, 'atomic-fresh');
		const failing = generateDataset({
			...base(out),
			onProgress: () => {
				throw new Error('simulated crash');
			}
		});
		await expect(failing).rejects.toThrow('simulated crash');
		expect(existsSync(join(out, 'manifest.json'))).toBe(false);
		expect(readdirSync(out)).toEqual([]);
	});
});
