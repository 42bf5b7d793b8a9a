import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../generator/args';
import { encodeCp1252 } from '../../../generator/cp1252';
import { civilFromDays, daysFromCivil, formatDays, parseIsoDate } from '../../../generator/dates';
import { DirtySchedule } from '../../../generator/dirty';
import { parseEurostatPopulation } from '../../../generator/population';
import { createRng } from '../../../generator/prng';
import { REPO_ROOT } from '../../helpers/shared-data';

describe('prng', () => {
	it('repeats a stream for the same seed and differs across seeds and streams', () => {
		const draw = (seed: string, stream: string) => {
			const rng = createRng(seed, stream);
			return Array.from({ length: 5 }, () => rng.next());
		};
		expect(draw('1', 'a')).toEqual(draw('1', 'a'));
		expect(draw('1', 'a')).not.toEqual(draw('2', 'a'));
		expect(draw('1', 'a')).not.toEqual(draw('1', 'b'));
	});
});

describe('dates', () => {
	it('round-trips days and rejects impossible dates', () => {
		for (const [y, m, d] of [
			[1970, 1, 1],
			[2024, 2, 29],
			[2023, 12, 31]
		] as const) {
			expect(civilFromDays(daysFromCivil(y, m, d))).toEqual({ year: y, month: m, day: d });
		}
		expect(daysFromCivil(1970, 1, 1)).toBe(0);
		expect(parseIsoDate('2023-02-29')).toBeUndefined();
		expect(formatDays(daysFromCivil(2023, 3, 7), 'dmy-slash')).toBe('07/03/2023');
		expect(formatDays(daysFromCivil(2023, 3, 7), 'dmy-dot')).toBe('7.3.2023');
	});
});

describe('cp1252', () => {
	it('uses the Windows-1252 bytes for typographic characters', () => {
		const { bytes, unmappable } = encodeCp1252('€’é–Ωa');
		expect([...bytes]).toEqual([0x80, 0x92, 0xe9, 0x96, 0x3f, 0x61]);
		expect(unmappable).toBe(1);
	});
});

describe('eurostat population', () => {
	it('takes the latest non-missing value per geo, flags stripped', () => {
		const tsv = [
			'freq,unit,age,sex,geo\\TIME_PERIOD\t2023 \t2024 \t2025 ',
			'A,NR,TOTAL,T,AL\t2761785 \t: \t2363314 ',
			'A,NR,TOTAL,T,IE\t5271395 \t5351681 e\t: ',
			'A,NR,Y25,T,IE\t1 \t2 \t3 '
		].join('\n');
		const parsed = parseEurostatPopulation(tsv);
		expect(parsed.get('AL')).toMatchObject({ population: 2363314, year: 2025 });
		expect(parsed.get('IE')).toMatchObject({ population: 5351681, year: 2024, flags: 'e' });
	});
});

describe('dirty schedule', () => {
	it('marks exactly one row per block of 1/rate rows and cycles through all kinds', () => {
		const schedule = new DirtySchedule(createRng('s', 'd'), 0.02, { a: 2, b: 1, c: 1 });
		let dirty = 0;
		const kinds = new Set<string>();
		for (let i = 0; i < 10_000; i++) {
			if (schedule.isDirty(i)) {
				dirty++;
				kinds.add(schedule.nextKind());
			}
		}
		expect(dirty).toBe(200);
		expect(kinds).toEqual(new Set(['a', 'b', 'c']));
	});
});

describe('cli arguments', () => {
	const clock = { today: '2026-03-15' };

	it('defaults the last year and the as-of date from the clock', () => {
		const o = parseArgs(['--out', 'x'], clock);
		expect(o).toMatchObject({ toYear: 2026, asOf: '2026-03-15', fromYear: 2019, dirtyRate: 0.02 });
		expect(parseArgs(['--out', 'x', '--to-year', '2024'], clock)).toMatchObject({
			asOf: '2024-12-31'
		});
		expect(parseArgs(['--out=x', '--records=1_000_000', '--seed', 'abc'], clock)).toMatchObject({
			records: 1_000_000,
			seed: 'abc'
		});
	});

	it('rejects unknown options and bad numbers', () => {
		expect(() => parseArgs(['--out', 'x', '--recs', '1'], clock)).toThrow(/unknown option/);
		expect(() => parseArgs(['--out', 'x', '--records', '1e3'], clock)).toThrow(/whole number/);
		expect(() => parseArgs(['--records', '10'], clock)).toThrow(/--out/);
		expect(parseArgs(['--help'], clock)).toBe('help');
	});

	it('runs as a command and says when it falls back to built-in weights', () => {
		const dir = mkdtempSync(join(tmpdir(), 'uptake-cli-'));
		try {
			const out = join(dir, 'out');
			const cli = join(REPO_ROOT, 'generator/cli.ts');
			const args = ['--records', '300', '--seed', 'cli', '--out', out, '--to-year', '2023'];
			const result = spawnSync(
				process.execPath,
				['--import', 'tsx', cli, ...args, '--data-dir', join(dir, 'none')],
				{ cwd: REPO_ROOT, encoding: 'utf8' }
			);
			expect(result.status, result.stderr).toBe(0);
			expect(result.stderr).toMatch(/fallback/);
			const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
			expect(manifest).toMatchObject({ records: 300, seed: 'cli', asOf: '2023-12-31' });
			const bad = spawnSync(
				process.execPath,
				['--import', 'tsx', cli, '--records', 'x', '--out', out],
				{
					cwd: REPO_ROOT,
					encoding: 'utf8'
				}
			);
			expect(bad.status).toBe(2);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
