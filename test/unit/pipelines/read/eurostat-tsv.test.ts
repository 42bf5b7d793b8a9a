import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEurostatTsvHeader, readEurostatTsv } from '../../../../pipelines/read/eurostat-tsv';
import { InputError } from '../../../../pipelines/report/input-issue';
import { hasSharedData, REPO_ROOT, sharedFile } from '../../../helpers/shared-data';

const fixture = (name: string) => join(REPO_ROOT, 'test/fixtures/eurostat', name);

function tempFile(content: string | Buffer): string {
	const dir = mkdtempSync(join(tmpdir(), 'uptake-tsv-'));
	const path = join(dir, 'table.tsv');
	writeFileSync(path, content);
	return path;
}

describe('parseEurostatTsvHeader', () => {
	it('splits the dimensions, the time dimension and the periods', () => {
		const header = parseEurostatTsvHeader('freq,unit,geo\\TIME_PERIOD\t2000 \t2001 ', 'x.tsv');
		expect(header.dimensions).toEqual(['freq', 'unit', 'geo']);
		expect(header.timeDimension).toBe('TIME_PERIOD');
		expect(header.periods).toEqual(['2000', '2001']);
		// 'freq,unit,geo\TIME_PERIOD' is 25 characters: the first period starts at column 27.
		expect(header.periodColumns).toEqual([27, 33]);
	});

	it('accepts quarterly and monthly periods and a byte-order mark', () => {
		const header = parseEurostatTsvHeader('\uFEFFgeo\\time\t2020Q1\t2020-Q2\t2020M03', 'x.tsv');
		expect(header.periods).toEqual(['2020Q1', '2020-Q2', '2020M03']);
	});

	it.each([
		['freq,unit,geo\t2000', 'header.no_time_dimension', 1],
		['freq,,geo\\TIME_PERIOD\t2000', 'header.empty_dimension', 1],
		['geo\\TIME_PERIOD', 'header.no_periods', 16],
		['geo\\TIME_PERIOD\t2000\tyear', 'header.bad_period', 22],
		['geo\\TIME_PERIOD\t2000\t2000', 'header.duplicate_period', 22]
	])('rejects %j with %s at column %d', (line, rule, column) => {
		try {
			parseEurostatTsvHeader(line, 'x.tsv');
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(InputError);
			const issue = (error as InputError).issue;
			expect(issue).toMatchObject({ file: 'x.tsv', line: 1, column, rule });
			expect((error as Error).message).toContain(`x.tsv:1:${column}`);
		}
	});
});

describe('readEurostatTsv', () => {
	it('keeps every flag and quarantines malformed cells with file, line and column', async () => {
		const tsv = await readEurostatTsv({
			path: fixture('malformed-cells.tsv'),
			file: 'malformed-cells.tsv'
		});
		expect(tsv.linesRead).toBe(3);
		expect(tsv.observations).toHaveLength(7);
		expect(tsv.observations).toContainEqual({
			dims: ['A', 'PC', 'T', 'Y25-64', 'BE'],
			period: '2021',
			value: 10.2,
			flags: 'b'
		});
		expect(tsv.observations).toContainEqual({
			dims: ['A', 'PC', 'T', 'Y25-64', 'DE'],
			period: '2021',
			value: null,
			flags: ''
		});
		expect(tsv.quarantined).toEqual([
			expect.objectContaining({
				file: 'malformed-cells.tsv',
				line: 3,
				column: 23,
				rule: 'cell.not_a_number'
			}),
			expect.objectContaining({
				file: 'malformed-cells.tsv',
				line: 4,
				column: 24,
				rule: 'cell.flag_unknown'
			})
		]);
		// Nothing is lost: every cell is an observation or a quarantined issue.
		expect(tsv.observations.length + tsv.quarantined.length).toBe(tsv.linesRead * 3);
	});

	it('stops at a row key with the wrong number of dimensions, naming the line', async () => {
		await expect(
			readEurostatTsv({ path: fixture('bad-key.tsv'), file: 'bad-key.tsv' })
		).rejects.toThrow(/bad-key\.tsv:3:1: error \[row\.bad_key\]/);
	});

	it('stops at a row with too few cells', async () => {
		const path = tempFile('geo\\TIME_PERIOD\t2000\t2001\nBE\t1.0\n');
		await expect(readEurostatTsv({ path, file: 't.tsv' })).rejects.toThrow(
			/t\.tsv:2:\d+: error \[row\.cell_count\]/
		);
	});

	it('stops at a repeated row key', async () => {
		const path = tempFile('geo\\TIME_PERIOD\t2000\nBE\t1.0\nBE\t2.0\n');
		await expect(readEurostatTsv({ path, file: 't.tsv' })).rejects.toThrow(
			/t\.tsv:3:1: .*row\.duplicate_key/
		);
	});

	it('reports an empty file', async () => {
		await expect(readEurostatTsv({ path: tempFile(''), file: 'e.tsv' })).rejects.toThrow(
			/e\.tsv: error \[file\.empty\]/
		);
	});

	it('reads CRLF line ends and skips blank lines', async () => {
		const path = tempFile('geo\\TIME_PERIOD\t2000\r\nBE\t1.0 e\r\n\r\nDE\t: \r\n');
		const tsv = await readEurostatTsv({ path, file: 't.tsv' });
		expect(tsv.linesRead).toBe(2);
		expect(tsv.observations).toEqual([
			{ dims: ['BE'], period: '2000', value: 1, flags: 'e' },
			{ dims: ['DE'], period: '2000', value: null, flags: '' }
		]);
	});

	describe.skipIf(!hasSharedData)('the real Eurostat table trng_lfse_04', () => {
		it('reads all 114 rows and 24 years with the published EU value for 2022', async () => {
			const tsv = await readEurostatTsv({ path: sharedFile('eurostat/trng_lfse_04_nuts0.tsv') });
			expect(tsv.header.dimensions).toEqual(['freq', 'unit', 'sex', 'age', 'geo']);
			expect(tsv.header.periods[0]).toBe('2000');
			expect(tsv.header.periods.at(-1)).toBe('2023');
			expect(tsv.linesRead).toBe(114);
			expect(tsv.quarantined).toEqual([]);
			expect(tsv.observations).toHaveLength(114 * 24);
			const eu2022 = tsv.observations.find(
				(o) => o.dims[2] === 'T' && o.dims[4] === 'EU27_2020' && o.period === '2022'
			);
			expect(eu2022).toEqual({
				dims: ['A', 'PC', 'T', 'Y25-64', 'EU27_2020'],
				period: '2022',
				value: 11.9,
				flags: ''
			});
			const atFemale2004 = tsv.observations.find(
				(o) => o.dims[2] === 'F' && o.dims[4] === 'AT' && o.period === '2004'
			);
			expect(atFemale2004).toMatchObject({ value: 12.3, flags: 'b' });
		});
	});
});
