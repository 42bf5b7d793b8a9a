import { basename, extname } from 'node:path';
import { readCsvFile } from '../read/read-csv-file';
import { readEurostatTsv } from '../read/eurostat-tsv';
import {
	isLongStatisticsHeader,
	readLongStatistics,
	type LongObservation
} from '../read/long-statistics';
import { isSdmxCsvHeader, readSdmxCsv } from '../read/sdmx-csv';
import type { StatTable } from '../read/stat-table';
import type { DataKind } from '../../core/contract/manifest';
import type { TableToPublish } from '../publish/publish-tables';
import { sha256File } from '../publish/sha256';
import { InputError, type InputIssue } from '../report/input-issue';
import type { FileCounts } from '../report/run-report';
import {
	genericEurostatSource,
	KNOWN_OFFICIAL_FILES,
	type OfficialSource
} from '../inputs/official-sources';
import type { InputFile } from '../inputs/discover-inputs';
import { flagsLegend, statTableColumns } from './stat-table-columns';
import { withGeoCodes } from '../indicators/population-baselines';

export interface OfficialStatistics {
	readonly tables: TableToPublish[];
	readonly reports: FileCounts[];
	/** Quarantined values and warnings, to be logged by the caller. */
	readonly issues: InputIssue[];
	/** Long-format values (AES by country and group, targets), for the derived tables. */
	readonly long: LongObservation[];
	/** Whether any long-format value came from a synthetic data directory. */
	longSynthetic: boolean;
	/** Inputs behind `long`, with checksums. */
	readonly longInputs: { path: string; sha256: string }[];
	/** Every Eurostat table read, by its dataset code (geo labels replaced by codes). */
	readonly statTables: Map<string, StatTable>;
}

/** The header of a CSV file: the first record that looks like one, past a preamble. */
async function firstHeader(path: string): Promise<string[]> {
	const csv = await readCsvFile({
		path,
		isHeader: (names) => isSdmxCsvHeader(names) || isLongStatisticsHeader(names)
	});
	csv.close();
	return csv.header?.names ?? [];
}

function statTablePublication(
	source: OfficialSource,
	table: StatTable,
	input: { path: string; sha256: string },
	kind: DataKind
): TableToPublish {
	return {
		name: source.table,
		kind,
		unit: source.unit || undefined,
		columns: statTableColumns(table),
		flags: flagsLegend(table.observations.map((o) => o.flags)),
		source: {
			dataset: source.dataset,
			title: source.title,
			publisher: source.publisher,
			licence: source.licence,
			attribution: source.attribution,
			...(source.url ? { url: source.url } : {}),
			extractionDate: source.extractionDate,
			...(source.extractionNote ? { extractionNote: source.extractionNote } : {}),
			inputs: [input]
		}
	};
}

function unrecognised(file: InputFile, message: string): { counts: FileCounts; issue: InputIssue } {
	const issue: InputIssue = {
		severity: 'warning',
		file: file.name,
		line: 0,
		column: 0,
		rule: 'file.unrecognised_layout',
		message: `not read: ${message}`
	};
	return { counts: { file: file.name, unit: 'file', read: 1, accepted: 0, quarantined: 1 }, issue };
}

/**
 * Reads every official statistics file: Eurostat bulk TSV and SDMX-CSV become one table each,
 * long-format CSV files (AES, targets, national figures) are kept for the derived tables.
 */
export async function readOfficialStatistics(
	files: readonly InputFile[],
	isSynthetic: (file: InputFile) => boolean = () => false
): Promise<OfficialStatistics> {
	const result: OfficialStatistics = {
		tables: [],
		reports: [],
		issues: [],
		longSynthetic: false,
		long: [],
		longInputs: [],
		statTables: new Map()
	};
	const tableNames = new Set<string>();
	const skip = (file: InputFile, message: string) => {
		const { counts, issue } = unrecognised(file, message);
		result.reports.push(counts);
		result.issues.push(issue);
	};
	for (const file of files) {
		const ext = extname(file.path).toLowerCase();
		const input = { path: file.name, sha256: await sha256File(file.path) };
		let source: OfficialSource | undefined;
		let table: StatTable | undefined;
		if (ext === '.tsv') {
			const tsv = await readEurostatTsv({ path: file.path, file: file.name });
			const dataset = basename(file.path, ext).toLowerCase();
			source = KNOWN_OFFICIAL_FILES[basename(file.path)] ?? genericEurostatSource(dataset, null);
			table = { dimensions: tsv.header.dimensions, observations: tsv.observations };
			result.reports.push({
				file: file.name,
				unit: 'cell',
				read: tsv.linesRead * tsv.header.periods.length,
				accepted: tsv.observations.length,
				quarantined: tsv.quarantined.length
			});
			result.issues.push(...tsv.quarantined);
		} else if (ext === '.csv') {
			const header = await firstHeader(file.path);
			if (isSdmxCsvHeader(header)) {
				const sdmx = await readSdmxCsv({ path: file.path, file: file.name });
				const dataset = sdmx.dataset ?? basename(file.path, ext).toLowerCase();
				source =
					KNOWN_OFFICIAL_FILES[basename(file.path)] ??
					genericEurostatSource(dataset, sdmx.lastUpdate);
				table = { dimensions: sdmx.dimensions, observations: sdmx.observations };
				result.reports.push({
					file: file.name,
					unit: 'record',
					read: sdmx.read,
					accepted: sdmx.observations.length,
					quarantined: sdmx.quarantined.length
				});
				result.issues.push(...sdmx.quarantined);
			} else if (isLongStatisticsHeader(header)) {
				const long = await readLongStatistics({ path: file.path, file: file.name });
				result.long.push(...long.observations);
				if (isSynthetic(file)) result.longSynthetic = true;
				result.longInputs.push(input);
				result.reports.push({
					file: file.name,
					unit: 'record',
					read: long.read,
					accepted: long.observations.length,
					quarantined: long.read - long.observations.length
				});
				result.issues.push(...long.warnings, ...long.quarantined);
			} else {
				skip(file, 'neither Eurostat SDMX-CSV nor long format (indicator_code, geo, year, value)');
			}
		} else {
			skip(file, `${ext || 'no extension'}: not a format the pipelines read (TSV or CSV)`);
		}
		if (source && table) {
			if (tableNames.has(source.table)) {
				throw new InputError({
					severity: 'error',
					file: file.name,
					line: 0,
					column: 0,
					rule: 'file.duplicate_table',
					message: `a second input for table ${source.table}`
				});
			}
			tableNames.add(source.table);
			const coded = withGeoCodes(table);
			result.tables.push(
				statTablePublication(source, coded, input, isSynthetic(file) ? 'synthetic' : 'official')
			);
			result.statTables.set(source.dataset, coded);
		}
	}
	return result;
}
