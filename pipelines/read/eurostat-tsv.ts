import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError, type InputIssue } from '../report/input-issue';
import { parseEurostatCell } from './eurostat-cell';
import type { StatObservation } from './stat-table';

export type EurostatObservation = StatObservation;

export interface EurostatTsvHeader {
	readonly dimensions: readonly string[];
	readonly timeDimension: string;
	readonly periods: readonly string[];
	/** 1-based character column where each period's cells start in the header (for messages). */
	readonly periodColumns: readonly number[];
}

export interface EurostatTsv {
	readonly header: EurostatTsvHeader;
	readonly observations: EurostatObservation[];
	/** Cells that could not be read; each one is an observation kept out of the table. */
	readonly quarantined: InputIssue[];
	/** Data lines read (excluding the header and blank lines). */
	readonly linesRead: number;
}

const PERIOD = /^\d{4}(?:-?(?:Q[1-4]|S[12]|M(?:0[1-9]|1[0-2])|W\d{2}|\d{2}))?$/;

export function parseEurostatTsvHeader(line: string, file: string): EurostatTsvHeader {
	const fail = (column: number, rule: string, message: string): never => {
		throw new InputError({ severity: 'error', file, line: 1, column, rule, message });
	};
	const text = line.replace(/^\uFEFF/, '');
	const cells = text.split('\t');
	const first = cells[0];
	const slash = first.indexOf('\\');
	if (slash === -1) {
		fail(1, 'header.no_time_dimension', `first header cell "${first}" lacks "\\TIME_PERIOD"`);
	}
	const dimensions = first
		.slice(0, slash)
		.split(',')
		.map((d) => d.trim());
	if (dimensions.some((d) => d === '')) fail(1, 'header.empty_dimension', 'empty dimension name');
	const timeDimension = first.slice(slash + 1).trim();
	if (cells.length < 2) fail(first.length + 1, 'header.no_periods', 'no period columns');
	const periods: string[] = [];
	const periodColumns: number[] = [];
	let column = first.length + 2;
	for (let i = 1; i < cells.length; i++) {
		const period = cells[i].trim();
		if (!PERIOD.test(period)) fail(column, 'header.bad_period', `"${cells[i]}" is not a period`);
		if (periods.includes(period))
			fail(column, 'header.duplicate_period', `period ${period} repeated`);
		periods.push(period);
		periodColumns.push(column);
		column += cells[i].length + 1;
	}
	return { dimensions, timeDimension, periods, periodColumns };
}

/**
 * Reads a Eurostat bulk TSV (`freq,unit,...,geo\TIME_PERIOD` then one column per period) into
 * long observations. A malformed cell is quarantined with its line and column; a malformed
 * header or row key stops the read with an InputError naming the place.
 */
export async function readEurostatTsv({ path, file = path }: { path: string; file?: string }) {
	const lines = createInterface({
		input: createReadStream(path, { encoding: 'utf8' }),
		crlfDelay: Infinity
	});
	let header: EurostatTsvHeader | undefined;
	const observations: EurostatObservation[] = [];
	const quarantined: InputIssue[] = [];
	const seenKeys = new Set<string>();
	let lineNo = 0;
	let linesRead = 0;
	for await (const line of lines) {
		lineNo++;
		if (!header) {
			header = parseEurostatTsvHeader(line, file);
			continue;
		}
		if (line.trim() === '') continue;
		linesRead++;
		const cells = line.split('\t');
		const key = cells[0];
		const dims = key.split(',').map((d) => d.trim());
		const where = { severity: 'error' as const, file, line: lineNo };
		if (dims.length !== header.dimensions.length || dims.some((d) => d === '')) {
			throw new InputError({
				...where,
				column: 1,
				rule: 'row.bad_key',
				message: `row key "${key}" does not have the ${header.dimensions.length} dimensions ${header.dimensions.join(',')}`
			});
		}
		if (seenKeys.has(key)) {
			throw new InputError({
				...where,
				column: 1,
				rule: 'row.duplicate_key',
				message: `row key "${key}" repeated`
			});
		}
		seenKeys.add(key);
		if (cells.length - 1 !== header.periods.length) {
			throw new InputError({
				...where,
				column: line.length + 1,
				rule: 'row.cell_count',
				message: `${cells.length - 1} cells for ${header.periods.length} periods`
			});
		}
		let column = key.length + 2;
		for (let i = 1; i < cells.length; i++) {
			const parsed = parseEurostatCell(cells[i]);
			if (parsed.ok) {
				observations.push({
					dims,
					period: header.periods[i - 1],
					value: parsed.value,
					flags: parsed.flags
				});
			} else {
				quarantined.push({
					...where,
					column,
					rule: parsed.rule,
					message: `${header.periods[i - 1]}: ${parsed.message}`
				});
			}
			column += cells[i].length + 1;
		}
	}
	if (!header) {
		throw new InputError({
			severity: 'error',
			file,
			line: 0,
			column: 0,
			rule: 'file.empty',
			message: 'the file is empty'
		});
	}
	return { header, observations, quarantined, linesRead } satisfies EurostatTsv;
}
