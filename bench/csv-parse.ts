// Throughput of the streaming CSV reader: npx tsx bench/csv-parse.ts [rows]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvParser, readCsvFile } from '../pipelines/readers/csv';

const ROWS = Number(process.argv[2] ?? 500_000);
const COLUMNS = 40;

function buildCsv(rows: number): string {
	const header = Array.from({ length: COLUMNS }, (_, j) => `col_${j}`).join(',');
	const lines = [header];
	for (let i = 0; i < rows; i++) {
		const fields: string[] = [];
		for (let j = 0; j < COLUMNS; j++) {
			if (j % 10 === 3) fields.push(`"Ré ${i % 97}, x"`);
			else if (j % 5 === 0) fields.push(String((i * 31 + j) % 100_000));
			else fields.push(`v${(i + j) % 1000}`);
		}
		lines.push(fields.join(','));
	}
	return lines.join('\r\n') + '\r\n';
}

async function main(): Promise<void> {
	const text = buildCsv(ROWS);
	const dir = mkdtempSync(join(tmpdir(), 'csv-bench-'));
	const path = join(dir, 'bench.csv');
	writeFileSync(path, text);
	try {
		const chunks: string[] = [];
		for (let i = 0; i < text.length; i += 1 << 16) chunks.push(text.slice(i, i + (1 << 16)));
		let best = 0;
		for (let run = 0; run < 3; run++) {
			const started = performance.now();
			const parser = new CsvParser({ delimiter: ',' });
			let rows = 0;
			for (const chunk of chunks) {
				parser.push(chunk);
				rows += parser.take().length;
			}
			parser.end();
			rows += parser.take().length;
			best = Math.max(best, rows / ((performance.now() - started) / 1000));
		}
		console.log(`BENCH csv_parse_core_rows_per_s ${Math.round(best)} rows/s`);

		best = 0;
		for (let run = 0; run < 3; run++) {
			const started = performance.now();
			const file = await readCsvFile({ path });
			let rows = 0;
			for await (const row of file.rows) if (row.fields) rows++;
			if (rows !== ROWS) throw new Error(`read ${rows} rows, expected ${ROWS}`);
			best = Math.max(best, rows / ((performance.now() - started) / 1000));
		}
		console.log(`BENCH csv_parse_rows_per_s ${Math.round(best)} rows/s`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

await main();
