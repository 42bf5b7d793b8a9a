import type { CatalogueEntry } from '../../core/contract/catalogue-entry';
import type { NationalMeasure } from '../../core/contract/national-measure';
import type { Provider } from '../../core/contract/provider';
import {
	validateCatalogueRow,
	validateMeasureRow,
	validateProviderRow,
	type Validation
} from '../../core/contract/validate';
import type { InputFile } from '../inputs/discover-inputs';
import type { IssueLog } from '../report/issue-log';
import type { Progress } from '../report/progress';
import type { FileCounts } from '../report/run-report';
import { CATALOGUE_STORE_COLUMNS, PROVIDER_STORE_COLUMNS, type StoreColumn } from './store-schema';
import { readValidatedCsv } from '../read/validated-csv';
import { createRowEncoder, StagingWriter } from './staging-writer';

interface StageOptions {
	readonly files: readonly InputFile[];
	readonly stagingPath: string;
	readonly issues: IssueLog;
	readonly progress: Progress;
}

interface Staged {
	readonly counts: FileCounts[];
	readonly rows: number;
}

async function stageKind<T extends object>(
	options: StageOptions & {
		kind: 'catalogue' | 'provider';
		validate: (raw: Record<string, string>) => Validation<T>;
		columns: readonly StoreColumn[];
	}
): Promise<Staged> {
	const staging = new StagingWriter<T>(
		options.stagingPath,
		options.columns,
		createRowEncoder<T>(options.columns)
	);
	const counts: FileCounts[] = [];
	try {
		for (const input of options.files) {
			counts.push(
				await readValidatedCsv<T>({
					input,
					kind: options.kind,
					validate: options.validate,
					accept: (record) => staging.write(record),
					issues: options.issues,
					progress: options.progress
				})
			);
		}
		staging.commit();
		return { counts, rows: staging.rows };
	} catch (error) {
		staging.abort();
		throw error;
	}
}

export function stageCatalogue(options: StageOptions) {
	return stageKind<CatalogueEntry>({
		...options,
		kind: 'catalogue',
		validate: validateCatalogueRow,
		columns: CATALOGUE_STORE_COLUMNS
	});
}

export function stageProviders(options: StageOptions) {
	return stageKind<Provider>({
		...options,
		kind: 'provider',
		validate: validateProviderRow,
		columns: PROVIDER_STORE_COLUMNS
	});
}

/** National measures are published as they are: they describe policies, not people. */
export async function readMeasures(options: {
	files: readonly InputFile[];
	issues: IssueLog;
	progress: Progress;
}): Promise<{
	counts: FileCounts[];
	measures: (NationalMeasure & { input_file: string; line: number })[];
}> {
	const measures: (NationalMeasure & { input_file: string; line: number })[] = [];
	const counts: FileCounts[] = [];
	for (const input of options.files) {
		counts.push(
			await readValidatedCsv<NationalMeasure>({
				input,
				kind: 'measure',
				validate: validateMeasureRow,
				accept: (record, line) => measures.push({ ...record, input_file: input.name, line }),
				issues: options.issues,
				progress: options.progress
			})
		);
	}
	return { counts, measures };
}
