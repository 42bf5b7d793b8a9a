// One dropped file's records, numbered by line, checked in order: the header found among the
// first records (a title or comment lines above it are skipped and noted), then every row
// accepted or rejected by the contract. Pure: the worker feeds it PapaParse's chunks, the tests
// feed it a parsed fixture.
import type { CatalogueEntry } from '$core/contract/catalogue-entry';
import type { IssuanceRecord } from '$core/contract/issuance-record';
import type { Provider } from '$core/contract/provider';
import {
	detectLocalKind,
	findHeader,
	LocalValidator,
	MAX_PREAMBLE_RECORDS,
	type Rejection
} from './local-validator';
import type { LocalSummary } from './messages';
import type { NumberedRecord } from './record-lines';

export interface AcceptedIssuance {
	readonly record: IssuanceRecord;
	readonly line: number;
}

/** An accepted catalogue offer (a catalogue file holds thousands, not millions: kept here). */
export interface AcceptedOffer {
	readonly record: CatalogueEntry;
	readonly line: number;
}

/** An accepted provider of a register file (kept here too). */
export interface AcceptedProvider {
	readonly record: Provider;
	readonly line: number;
}

const fileProblem = (rule: string, message: string, line = 0): Rejection => ({
	line,
	column: 0,
	columnName: '',
	rule,
	message
});

export class LocalFileCheck {
	readonly #fileName: string;
	readonly #today: string | undefined;
	readonly #preamble: NumberedRecord[] = [];
	readonly #notes: Rejection[] = [];
	/** The accepted offers of a catalogue file, in file order. */
	readonly offers: AcceptedOffer[] = [];
	/** The accepted providers of a register file, in file order. */
	readonly providers: AcceptedProvider[] = [];
	#validator: LocalValidator | undefined;
	#headerLine = 0;
	#read = 0;

	constructor(options: { fileName: string; today?: string }) {
		this.#fileName = options.fileName;
		this.#today = options.today;
	}

	/** Checks the next records; returns the accepted issuance records among them. */
	push(records: readonly NumberedRecord[]): AcceptedIssuance[] {
		let rows = records;
		if (!this.#validator) {
			// Not push(...records): a chunk of short lines holds more records than a call's arguments.
			for (const record of records) this.#preamble.push(record);
			const fields = this.#preamble.map((r) => r.fields);
			if (findHeader(fields) === -1 && this.#preamble.length <= MAX_PREAMBLE_RECORDS) return [];
			rows = this.#start(this.#preamble.splice(0));
		}
		return this.#check(rows);
	}

	/** The records held back while looking for the header, checked at the end of the file. */
	end(): AcceptedIssuance[] {
		return !this.#validator && this.#preamble.length > 0
			? this.#check(this.#start(this.#preamble.splice(0)))
			: [];
	}

	/**
	 * For a later part of a file (record-cuts.ts): the header taken from the file's first records,
	 * as the first part takes it, without its notes (the first part reports them). `head` are the
	 * first records of the file, the last of them maybe cut short (more than MAX_PREAMBLE_RECORDS + 1,
	 * or the header might be found elsewhere than by the first part).
	 */
	continueAfter(head: readonly NumberedRecord[]): void {
		const complete = head.slice(0, -1);
		if (complete.length <= MAX_PREAMBLE_RECORDS) {
			throw new Error(`continueAfter: ${complete.length} records are too few to find the header`);
		}
		this.#start(complete);
		this.#notes.length = 0;
	}

	summary(seconds: number): LocalSummary {
		const v = this.#validator;
		return {
			fileName: this.#fileName,
			kind: v?.kind,
			headerLine: this.#headerLine,
			read: this.#read,
			accepted: v?.accepted ?? 0,
			rejected: v?.rejected ?? 0,
			warnings: v?.warnings ?? 0,
			rejections: v
				? v.rejections
				: [fileProblem('file.empty', 'the file is empty: no header, no records')],
			droppedReasons: v?.dropped ?? 0,
			credentialColumn: v?.credentialColumn ?? 0,
			fileNotes: this.#notes,
			seconds
		};
	}

	#start(records: readonly NumberedRecord[]): NumberedRecord[] {
		const at = findHeader(records.map((r) => r.fields));
		const index = at === -1 ? 0 : at;
		const header = records[index];
		this.#headerLine = header.line;
		this.#validator = new LocalValidator({
			kind: detectLocalKind(header.fields) ?? 'issuance',
			header: header.fields,
			headerLine: header.line,
			today: this.#today
		});
		if (index > 0) {
			this.#notes.push(
				fileProblem(
					'file.preamble',
					`skipped ${header.line - 1} line(s) before the header on line ${header.line}: ` +
						'they do not name the expected columns',
					header.line
				)
			);
		}
		this.#notes.push(...this.#validator.headerWarnings);
		return records.slice(index + 1);
	}

	#check(rows: readonly NumberedRecord[]): AcceptedIssuance[] {
		const validator = this.#validator!;
		const accepted: AcceptedIssuance[] = [];
		for (const row of rows) {
			this.#read++;
			if (row.quoteError) {
				validator.rejectRow(
					fileProblem(row.quoteError, 'a quoted field is not closed properly', row.line)
				);
				continue;
			}
			const record = validator.check(row.fields, row.line);
			if (record === undefined) continue;
			if (validator.kind === 'issuance') {
				accepted.push({ record: record as IssuanceRecord, line: row.line });
			} else if (validator.kind === 'catalogue') {
				this.offers.push({ record: record as CatalogueEntry, line: row.line });
			} else {
				this.providers.push({ record: record as Provider, line: row.line });
			}
		}
		return accepted;
	}
}
