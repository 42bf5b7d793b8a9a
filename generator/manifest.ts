import { GAP_ELEMENTS, type CleanGaps } from './completeness';
import type { CsvFormat, WrittenFile } from './csv-writer';
import type { DateStyle } from './dates';
import type { PopulationWeights } from './population';

export const GENERATOR_NAME = 'uptake-synthetic-generator';
export const GENERATOR_VERSION = '1.0.0';

export const SYNTHETIC_NOTICE =
	'Every record in this dataset is synthetic: made up by a seeded random generator for ' +
	'development and testing. No learner, provider, credential or national measure in it is ' +
	'real, and no number in it is a statistic.';

const DATE_FORMATS: Readonly<Record<DateStyle, string>> = {
	iso: 'yyyy-mm-dd',
	'dmy-slash': 'dd/mm/yyyy',
	'dmy-dot': 'd.m.yyyy'
};

export interface ManifestFile {
	readonly path: string;
	readonly table: string;
	readonly rows?: number;
	readonly lines?: number;
	readonly bytes: number;
	readonly sha256: string;
	readonly format?: Record<string, unknown>;
}

export interface CsvShape {
	readonly format: CsvFormat;
	readonly dateStyle: DateStyle;
	readonly decimalComma: boolean;
	readonly headerStyle: 'snake' | 'title';
	readonly country?: string;
}

export function csvManifestEntry(
	relative: string,
	table: string,
	written: WrittenFile,
	shape: CsvShape
): ManifestFile {
	return {
		path: relative,
		table,
		rows: written.rows,
		lines: written.lines,
		bytes: written.bytes,
		sha256: written.sha256,
		format: {
			encoding: shape.format.encoding,
			bom: shape.format.bom,
			delimiter: shape.format.delimiter,
			lineEnding: shape.format.eol === '\r\n' ? 'crlf' : 'lf',
			dateFormat: DATE_FORMATS[shape.dateStyle],
			decimalSeparator: shape.decimalComma ? ',' : '.',
			header: shape.headerStyle === 'snake' ? 'snake_case' : 'Title Case',
			...(shape.country ? { country: shape.country } : {})
		}
	};
}

export interface ManifestFacts {
	readonly seed: string;
	readonly records: number;
	readonly fromYear: number;
	readonly toYear: number;
	readonly asOf: string;
	readonly dirtyRate: number;
	readonly population: PopulationWeights;
	readonly distinctLearners: number;
	readonly cleanGaps: CleanGaps;
	readonly files: readonly ManifestFile[];
}

export function buildManifest(input: ManifestFacts): Record<string, unknown> {
	return {
		synthetic: true,
		notice: SYNTHETIC_NOTICE,
		generator: { name: GENERATOR_NAME, version: GENERATOR_VERSION },
		seed: input.seed,
		records: input.records,
		fromYear: input.fromYear,
		toYear: input.toYear,
		asOf: input.asOf,
		dirtyRate: input.dirtyRate,
		population: {
			source: input.population.source,
			file: input.population.source === 'eurostat' ? 'eurostat/demo_pjan_total_T_subset.tsv' : null,
			byCountry: Object.fromEntries(
				input.population.entries.map((e) => [
					e.geo,
					{ population: e.population, year: e.year ?? null, flags: e.flags ?? '' }
				])
			)
		},
		issuance: {
			// Learners with an identifier in at least one clean row.
			distinctLearnersInCleanRows: input.distinctLearners,
			// Clean rows lacking a mandatory Annex I element (validator warning annex1.missing, not
			// in the dirty ledger): the exact numerators of Annex I completeness.
			...input.cleanGaps
		},
		files: input.files
	};
}

export function buildReadme(input: ManifestFacts): string {
	return [
		'SYNTHETIC DATA - NOT REAL',
		'',
		SYNTHETIC_NOTICE,
		'',
		`Generator: ${GENERATOR_NAME} ${GENERATOR_VERSION}`,
		`Seed: ${input.seed}`,
		`Issuance records: ${input.records}`,
		`Years: ${input.fromYear}-${input.toYear} (as of ${input.asOf})`,
		`Dirty-row rate: ${input.dirtyRate} (see dirty-ledger.json and dirty-rows.csv)`,
		`Population weights: ${input.population.source}`,
		'',
		'Annex I completeness: like real exports, some clean rows leave a mandatory element empty',
		`(${GAP_ELEMENTS.join(', ')}; ${input.cleanGaps.cleanRowsMissingAnyElement} of ` +
			`${input.cleanGaps.cleanRows} clean rows).`,
		'Such a row is valid (the validator warns, annex1.missing) and is NOT in the dirty ledger;',
		'manifest.json counts them per element under issuance.cleanRowsMissing. The ledger kinds',
		'missing_* are rows broken on purpose, listed one by one in dirty-rows.csv; they are made',
		'from complete rows, so each has exactly the one problem listed.',
		'',
		'Regenerate byte for byte with:',
		`  npx tsx generator/cli.ts --records ${input.records} --seed ${input.seed} ` +
			`--from-year ${input.fromYear} --to-year ${input.toYear} --as-of ${input.asOf} ` +
			`--dirty-rate ${input.dirtyRate} --out <dir> [--data-dir <shared data>]`,
		''
	].join('\n');
}
