import {
	RECORD_COLUMNS,
	type AnnexElement,
	type AnnexElementNumber,
	type CredentialRecord,
	type ElementStatus,
	type ImportNote,
	type RecordColumn
} from './types';

/** The column that carries each mandatory element (ANNEX_I_MANDATORY in the contract). */
export const ELEMENT_COLUMNS: Readonly<Record<AnnexElementNumber, RecordColumn>> = {
	1: 'learner_id',
	2: 'title',
	3: 'issuer_country',
	4: 'awarding_body',
	5: 'issue_date',
	6: 'learning_outcomes',
	7: 'ects',
	8: 'eqf_level',
	9: 'assessment_type',
	10: 'participation_form',
	11: 'quality_assurance'
};

export interface Mapped {
	record: CredentialRecord;
	elements: AnnexElement[];
	notes: ImportNote[];
}

export function emptyRecord(): CredentialRecord {
	return Object.fromEntries(RECORD_COLUMNS.map((c) => [c, ''])) as CredentialRecord;
}

/** Collects a record and the element report while a mapper reads one credential. */
export class ImportBuilder {
	readonly record = emptyRecord();
	private readonly elements = new Map<AnnexElementNumber, AnnexElement>();
	private readonly notes: ImportNote[] = [];

	set(column: RecordColumn, value: string | undefined): void {
		if (value !== undefined && value !== '') this.record[column] = value;
	}

	private report(
		number: AnnexElementNumber,
		status: ElementStatus,
		path: string | undefined,
		note: string | undefined,
		column: RecordColumn = ELEMENT_COLUMNS[number]
	): void {
		const element: AnnexElement = { number, column, status };
		if (path !== undefined) element.path = path;
		if (note !== undefined) element.note = note;
		this.elements.set(number, element);
	}

	/** Sets the element's column (or the given one) and reports it found. */
	found(
		number: AnnexElementNumber,
		value: string,
		path: string,
		options: { note?: string; column?: RecordColumn } = {}
	): void {
		const column = options.column ?? ELEMENT_COLUMNS[number];
		this.set(column, value);
		this.report(number, 'found', path, options.note, column);
	}

	/** Present but not in the vocabulary; a coded label is still passed on raw. */
	notMappable(number: AnnexElementNumber, path: string, note: string, rawLabel?: string): void {
		this.set(ELEMENT_COLUMNS[number], rawLabel);
		this.report(number, 'not_mappable', path, note);
	}

	missing(number: AnnexElementNumber, note?: string): void {
		this.report(number, 'missing', undefined, note);
	}

	note(column: RecordColumn, path: string, message: string): void {
		this.notes.push({ column, path, message });
	}

	finish(): Mapped {
		const elements: AnnexElement[] = [];
		for (let n = 1; n <= 11; n++) {
			const number = n as AnnexElementNumber;
			elements.push(
				this.elements.get(number) ?? { number, column: ELEMENT_COLUMNS[number], status: 'missing' }
			);
		}
		return { record: this.record, elements, notes: this.notes };
	}
}
