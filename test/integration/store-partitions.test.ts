import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeIssuance } from '../../pipelines/stages/store-stage';
import { encodeStoreRow } from '../../pipelines/stages/store-row';
import { StagingWriter } from '../../pipelines/stages/staging-writer';
import { IssueLog } from '../../pipelines/report/issue-log';
import { openNativeDuckDB } from '../../pipelines/stages/duckdb-native';
import { ISSUANCE_STAGING_COLUMNS } from '../../pipelines/stages/store-schema';
import { MEMBER_STATES } from '../../core/contract/countries';
import { validateIssuanceRow } from '../../core/contract/validate';

const YEARS = Array.from({ length: 12 }, (_, i) => 2015 + i);
const ROWS_PER_PARTITION = 400;

/**
 * A staging file with ROWS_PER_PARTITION records in each of 27 countries x 12 years, in an order
 * that visits every partition before coming back to one (a European platform's export, say): the
 * hardest order for a partitioned write, and enough rows for both of DuckDB's threads.
 */
function stageWideRecords(dir: string): { stagingPath: string; rows: number } {
	const stagingPath = join(dir, 'staging', 'issuance.csv');
	const staging = new StagingWriter(stagingPath, ISSUANCE_STAGING_COLUMNS, encodeStoreRow);
	let sequence = 0;
	for (let i = 0; i < ROWS_PER_PARTITION; i++) {
		for (const country of MEMBER_STATES) {
			for (const year of YEARS) {
				sequence++;
				const { record } = validateIssuanceRow(
					{
						learner_id: `L-${sequence}`,
						credential_id: `C-${sequence}`,
						title: 'Data literacy',
						issuer_country: country.geo,
						awarding_body: 'Test body',
						issue_date: `${year}-03-01`,
						learning_outcomes: 'Reads tables',
						ects: '2',
						eqf_level: '5',
						assessment_type: 'exam',
						participation_form: 'online',
						quality_assurance: 'internal'
					},
					{ today: '2026-12-01' }
				);
				if (!record) throw new Error(`fixture record ${sequence} is invalid`);
				staging.write({
					record,
					pseudonym: `p_${sequence}`,
					sourceFormat: 'csv',
					sourceFileNumber: 0,
					sourceLine: sequence + 1,
					sequence
				});
			}
		}
	}
	staging.commit();
	return { stagingPath, rows: sequence };
}

// DuckDB keeps a buffer of about 1.5 MB for every partition a COPY has open, however few rows it
// holds: 324 partitions in one COPY need about 500 MB. The store writes them in groups.
describe('storeIssuance with many country-year partitions', () => {
	async function store(partitionsPerCopy?: number) {
		const dir = mkdtempSync(join(tmpdir(), 'uptake-store-partitions-'));
		const { stagingPath, rows } = stageWideRecords(dir);
		// The pipeline's own pool (openNativeDuckDB's defaults).
		const db = await openNativeDuckDB({ tempDir: join(dir, 'tmp') });
		try {
			const stored = await storeIssuance({
				db,
				stagingPath,
				sourceFiles: ['wide.csv'],
				storeDir: join(dir, 'store', 'issuance'),
				issues: new IssueLog(join(dir, 'reports')),
				partitionsPerCopy
			});
			const [{ n, partitions }] = await db.all<{ n: number; partitions: number }>(
				`SELECT count(*)::INTEGER AS n,
					count(DISTINCT (issuer_country, year))::INTEGER AS partitions FROM issuance`
			);
			return { rows, stored, n, partitions, dir: stored.storeDir };
		} finally {
			db.close();
		}
	}

	it('writes all 324 partitions in the default pool, every record once', async () => {
		const { rows, stored, n, partitions, dir } = await store();
		expect(rows).toBe(27 * 12 * ROWS_PER_PARTITION);
		expect(stored.stored).toBe(rows);
		expect(n).toBe(rows);
		expect(partitions).toBe(27 * 12);
		expect(readdirSync(dir)).toHaveLength(27);
	}, 60_000);

	it('runs out of memory when one COPY writes them all (why the store writes in groups)', async () => {
		await expect(store(Number.MAX_SAFE_INTEGER)).rejects.toThrow(/Out of Memory/);
	}, 60_000);
});
