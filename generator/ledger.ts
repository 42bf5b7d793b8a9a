import type { CsvWriter } from './csv-writer';

interface FileTally {
	rows: number;
	dirtyRows: number;
	byKind: Map<string, number>;
}

export const DIRTY_ROWS_COLUMNS = ['table', 'file', 'row', 'line', 'kind', 'column'];

/**
 * Where the generator broke rows on purpose: counts per table, file and kind (dirty-ledger.json)
 * and one line per broken row (dirty-rows.csv), so tests can hold the validators to account.
 * Row numbers count data rows from 1 (header excluded); line numbers are physical lines.
 * Only rows broken on purpose are listed: a clean row lacking a mandatory Annex I element (a
 * clean gap, see completeness.ts) is valid and is counted in the manifest instead.
 */
export class DirtyLedger {
	private readonly files = new Map<string, Map<string, FileTally>>();

	constructor(
		private readonly kinds: Readonly<Record<string, readonly string[]>>,
		private readonly rowsOut: CsvWriter
	) {
		for (const table of Object.keys(kinds)) this.files.set(table, new Map());
	}

	private tally(table: string, file: string): FileTally {
		const perTable = this.files.get(table);
		if (!perTable) throw new Error(`unknown ledger table ${table}`);
		let tally = perTable.get(file);
		if (!tally) {
			tally = { rows: 0, dirtyRows: 0, byKind: new Map() };
			perTable.set(file, tally);
		}
		return tally;
	}

	setRows(table: string, file: string, rows: number): void {
		this.tally(table, file).rows = rows;
	}

	record(
		table: string,
		file: string,
		row: number,
		line: number,
		kind: string,
		column: string
	): Promise<void> | undefined {
		const tally = this.tally(table, file);
		tally.dirtyRows++;
		tally.byKind.set(kind, (tally.byKind.get(kind) ?? 0) + 1);
		return this.rowsOut.writeRow([table, file, String(row), String(line), kind, column]);
	}

	toJSON(): Record<string, unknown> {
		const tables: Record<string, unknown> = {};
		for (const [table, perFile] of this.files) {
			const kinds = this.kinds[table];
			const total = { rows: 0, dirtyRows: 0, byKind: Object.fromEntries(kinds.map((k) => [k, 0])) };
			const files: Record<string, unknown> = {};
			for (const file of [...perFile.keys()].sort()) {
				const t = perFile.get(file) as FileTally;
				total.rows += t.rows;
				total.dirtyRows += t.dirtyRows;
				const byKind: Record<string, number> = {};
				for (const k of kinds) {
					const n = t.byKind.get(k) ?? 0;
					total.byKind[k] += n;
					if (n > 0) byKind[k] = n;
				}
				files[file] = { rows: t.rows, dirtyRows: t.dirtyRows, byKind };
			}
			tables[table] = { ...total, kinds, files };
		}
		return tables;
	}
}
