import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLongStatistics } from '../../../../pipelines/read/long-statistics';
import { datasetFromDataflow, readSdmxCsv } from '../../../../pipelines/read/sdmx-csv';

function file(content: string): string {
	const path = join(mkdtempSync(join(tmpdir(), 'uptake-stat-')), 'x.csv');
	writeFileSync(path, content);
	return path;
}

describe('readSdmxCsv', () => {
	const sdmx = [
		'DATAFLOW,LAST UPDATE,freq,unit,sex,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
		'ESTAT:TRNG_LFSE_04(1.0),15/04/2024 23:00:00,A,PC,T,BE,2022,10.3,',
		'ESTAT:TRNG_LFSE_04(1.0),2024-04-16 23:00:00,A,PC,T,DE,2021,7.7,b',
		'ESTAT:TRNG_LFSE_04(1.0),2024-04-16 23:00:00,A,PC,T,FR,2022,,c',
		'ESTAT:TRNG_LFSE_04(1.0),2024-04-16 23:00:00,A,PC,T,IT,20X2,9.6,',
		'ESTAT:TRNG_LFSE_04(1.0),2024-04-16 23:00:00,A,PC,T,ES,2022,abc,',
		'ESTAT:TRNG_LFSE_04(1.0),2024-04-16 23:00:00,A,PC,T,PT,2022,12.9,q'
	].join('\n');

	it('reads observations with their dimensions, flags and the last update', async () => {
		const result = await readSdmxCsv({ path: file(sdmx), file: 'eurostat/x.csv' });
		expect(result.dataset).toBe('trng_lfse_04');
		expect(result.dimensions).toEqual(['freq', 'unit', 'sex', 'geo']);
		expect(result.lastUpdate).toBe('2024-04-16');
		expect(result.read).toBe(6);
		expect(result.observations).toEqual([
			{ dims: ['A', 'PC', 'T', 'BE'], period: '2022', value: 10.3, flags: '' },
			{ dims: ['A', 'PC', 'T', 'DE'], period: '2021', value: 7.7, flags: 'b' },
			{ dims: ['A', 'PC', 'T', 'FR'], period: '2022', value: null, flags: 'c' }
		]);
		expect(result.quarantined.map((i) => [i.line, i.column, i.rule])).toEqual([
			[5, 7, 'time_period.invalid'],
			[6, 8, 'obs_value.invalid'],
			[7, 9, 'obs_flag.unknown']
		]);
	});

	it('names the dataset from the dataflow id', () => {
		expect(datasetFromDataflow('ESTAT:DEMO_PJAN(1.0)')).toBe('demo_pjan');
		expect(datasetFromDataflow('trng_aes_100')).toBe('trng_aes_100');
		expect(datasetFromDataflow('not a dataflow')).toBeUndefined();
	});
});

describe('readLongStatistics', () => {
	it('reads long-format rows, folds extra dimension columns into the breakdown, quarantines bad rows', async () => {
		const csv = [
			'Indicator,geo,target_year,value,unit,flag,source,source_url,sex,kind',
			'X_RATE,be,2030,"60,9",PC,,EPM 2024,https://example.org,T,national target',
			'X_RATE,DE,2030,65,PC,b,EPM 2024,,,',
			'X_RATE,FR,twenty,65,PC,,EPM 2024,,,',
			'X_RATE,,2030,65,PC,,EPM 2024,,,',
			'X_RATE,IT,2030,sixty,PC,,EPM 2024,,,',
			'X_RATE,ES,2030,60,PC,x,EPM 2024,,,'
		].join('\n');
		const result = await readLongStatistics({ path: file(csv), file: 'targets/t.csv' });
		expect(result.read).toBe(6);
		expect(result.observations).toEqual([
			expect.objectContaining({
				indicator: 'X_RATE',
				geo: 'BE',
				year: 2030,
				value: 60.9,
				breakdown: 'sex=T',
				sourceRef: 'https://example.org',
				kind: 'national target',
				flags: ''
			}),
			expect.objectContaining({ geo: 'DE', value: 65, flags: 'b', breakdown: '' })
		]);
		expect(result.quarantined.map((i) => [i.line, i.column, i.rule])).toEqual([
			[4, 3, 'year.invalid'],
			[5, 2, 'geo.missing'],
			[6, 4, 'value.invalid'],
			[7, 6, 'flag.unknown']
		]);
	});
});

describe('official statistics exported with a preamble', () => {
	it('finds the long-format header past title lines and reports them', async () => {
		const csv = [
			'Adult learning targets',
			'Exported 2024-05-01 by the ministry',
			'indicator_code,geo,year,value,note',
			'X_RATE,BE,2030,60,rounded'
		].join('\n');
		const result = await readLongStatistics({ path: file(csv), file: 'targets/t.csv' });
		expect(result.observations).toEqual([
			expect.objectContaining({ geo: 'BE', year: 2030, value: 60, note: 'rounded' })
		]);
		expect(result.quarantined).toEqual([]);
		expect(result.warnings.map((w) => w.rule)).toContain('file.preamble');
	});

	it('finds the SDMX-CSV header past a title line', async () => {
		const csv = [
			'Participation in education and training',
			'DATAFLOW,LAST UPDATE,freq,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
			'ESTAT:TRNG_LFSE_04(1.0),2024-04-16 23:00:00,A,BE,2022,10.3,'
		].join('\n');
		const result = await readSdmxCsv({ path: file(csv), file: 'eurostat/x.csv' });
		expect(result.observations).toEqual([
			{ dims: ['A', 'BE'], period: '2022', value: 10.3, flags: '' }
		]);
	});
});
