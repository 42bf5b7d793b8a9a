import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipelines } from '../../pipelines/run';
import { parseManifest } from '../../core/contract/manifest';
import { pipelineOptions } from '../helpers/pipeline-options';
import { REPO_ROOT } from '../helpers/shared-data';

describe('the documented sample inputs (data/samples)', () => {
	it('are read from every folder, every row accepted, and published as synthetic', async () => {
		process.env.UPTAKE_PSEUDONYM_KEY = 'sample-inputs-test-key-0123456789';
		const options = pipelineOptions({ dataDirs: [join(REPO_ROOT, 'data/samples')] });
		await runPipelines(options, () => {});
		const report = JSON.parse(readFileSync(join(options.reportDir, 'run-report.json'), 'utf8'));
		const folders = new Set(report.files.map((f: { file: string }) => f.file.split('/')[0]));
		expect([...folders].sort()).toEqual(
			[
				'catalogue',
				'credentials',
				'eurostat',
				'issuance',
				'measures',
				'providers',
				'targets'
			].sort()
		);
		for (const f of report.files) expect(f.quarantined, f.file).toBe(0);
		// Each credential's Annex I elements, found, missing or not mappable.
		const credentials = readFileSync(join(options.reportDir, 'credentials.csv'), 'utf8')
			.trim()
			.split('\n');
		expect(credentials[0]).toBe(
			'file,index,format,element_i,element_ii,element_iii,element_iv,element_v,element_vi,element_vii,element_viii,element_ix,element_x,element_xi'
		);
		expect(credentials[1]).toMatch(
			/^credentials\/sample-open-badge-3\.json,1,open_badges_3,found,found,found,found,found,missing,missing,/
		);
		const manifest = parseManifest(
			JSON.parse(readFileSync(join(options.outDir, 'manifest.json'), 'utf8'))
		);
		const kinds = new Map(manifest.tables.map((t) => [t.name, t.kind]));
		expect(kinds.get('national_measures')).toBe('synthetic');
		// Official in shape, but from a synthetic folder: labelled synthetic.
		expect(kinds.get('estat_example_dataset')).toBe('synthetic');
		expect(kinds.get('official_indicators')).toBe('synthetic');
	});
});

describe('publishing into a folder of an earlier run', () => {
	it('removes the tables the new run did not publish', async () => {
		const { mkdirSync, writeFileSync, existsSync } = await import('node:fs');
		const options = pipelineOptions({ dataDirs: [join(REPO_ROOT, 'data/samples')] });
		mkdirSync(options.outDir, { recursive: true });
		writeFileSync(join(options.outDir, 'stale_table.arrows'), 'old');
		await runPipelines(options, () => {});
		expect(existsSync(join(options.outDir, 'stale_table.arrows'))).toBe(false);
		expect(existsSync(join(options.outDir, 'national_measures.arrows'))).toBe(true);
	});
});
