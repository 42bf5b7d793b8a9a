// The rows of a ministry's own file, checked in the browser by the pipelines' own contract
// (core/contract/validate.ts): the same header check, the same row validators, the same rules and
// messages. A row is accepted or rejected with its reasons, located by line and column. Nothing
// here keeps a raw value: the validators' messages never echo a learner identifier.
import { contractHeaderTest, HEADER_MIN_COLUMNS } from '$core/contract/header-test';
import type { IssuanceRecord } from '$core/contract/issuance-record';
import { INPUT_COLUMNS, normaliseHeader } from '$core/contract/normalise';
import {
	checkHeaders,
	validateCatalogueRow,
	validateIssuanceRow,
	validateProviderRow,
	type Issue,
	type Validation
} from '$core/contract/validate';
import { createRowBuilder, type RowBuilder } from '$core/csv/row-builder';

/** The contract files a ministry may drop in. */
export const LOCAL_KINDS = ['issuance', 'catalogue', 'provider'] as const;
export type LocalKind = (typeof LOCAL_KINDS)[number];

/** Records before the header that may be an export's title or comment lines (as the pipelines). */
export const MAX_PREAMBLE_RECORDS = 20;

/** One reason a row (or the whole file, line 0) was rejected. */
export interface Rejection {
	/** 1-based line where the record starts; the header's line for a problem of the whole file. */
	readonly line: number;
	/** 1-based field number in the file; 0 when no single column is at fault. */
	readonly column: number;
	/** The contract's name of the column, '' when none. */
	readonly columnName: string;
	readonly rule: string;
	readonly message: string;
}

/** Narrowest contract first: a tie goes to the kind whose columns the header fills most. */
const BY_CONTRACT_SIZE = [...LOCAL_KINDS].sort(
	(a, b) => INPUT_COLUMNS[a].length - INPUT_COLUMNS[b].length
);

/**
 * The kind of contract file whose columns a header names most (at least two of them); on a tie,
 * the kind with the fewest columns (a provider register's header also names issuance columns).
 */
export function detectLocalKind(names: readonly string[]): LocalKind | undefined {
	let best: LocalKind | undefined;
	let bestCount = HEADER_MIN_COLUMNS - 1;
	for (const kind of BY_CONTRACT_SIZE) {
		const contract = new Set(INPUT_COLUMNS[kind].map((c) => c.name));
		const found = new Set(
			names.map((n) => normaliseHeader(n, kind)).filter((n) => contract.has(n))
		);
		if (found.size > bestCount) {
			best = kind;
			bestCount = found.size;
		}
	}
	return best;
}

/**
 * Where the header is among the first records: the first that names at least two columns of a
 * contract kind (the records before it are a title or comments); -1 when none does.
 */
export function findHeader(records: readonly (readonly string[])[]): number {
	const tests = LOCAL_KINDS.map(contractHeaderTest);
	const limit = Math.min(records.length, MAX_PREAMBLE_RECORDS + 1);
	for (let i = 0; i < limit; i++) {
		if (tests.some((test) => test(records[i]))) return i;
	}
	return -1;
}

type Validate = (raw: Record<string, string>) => Validation<unknown>;

function validatorOf(kind: LocalKind, today: string | undefined): Validate {
	if (kind === 'issuance') return (raw) => validateIssuanceRow(raw, { today });
	return kind === 'catalogue' ? validateCatalogueRow : validateProviderRow;
}

/** The credential that a record repeats, as the record store tells duplicates apart. */
function duplicateKey(record: IssuanceRecord): string | undefined {
	return record.credential_id === null
		? undefined
		: `${record.credential_id}\u001f${record.awarding_body ?? ''}`;
}

/** Rejection reasons kept for the report; those beyond are only counted. */
export const MAX_KEPT_REJECTIONS = 100_000;

/** A record repeating a credential that came earlier in the file (on `line`). */
export function duplicateRejection(line: number, column: number): Rejection {
	return {
		line,
		column,
		columnName: 'credential_id',
		rule: 'credential.duplicate',
		message: 'the same credential (credential_id and awarding_body) came earlier in the file'
	};
}

export interface LocalValidatorOptions {
	readonly kind: LocalKind;
	/** The header's raw names, and its line. */
	readonly header: readonly string[];
	readonly headerLine: number;
	/** YYYY-MM-DD, for the rule on future issue dates (default: today, UTC). */
	readonly today?: string;
	/** Rejections kept for the report beyond this are only counted (default MAX_KEPT_REJECTIONS). */
	readonly maxKept?: number;
}

/**
 * Checks a file's header once, then each row: `check` returns the validated record of an
 * accepted row, or undefined for a rejected one, whose reasons join `rejections`.
 */
export class LocalValidator {
	readonly kind: LocalKind;
	/** Problems of the header that do not reject rows (an unknown column is ignored). */
	readonly headerWarnings: Rejection[] = [];
	readonly rejections: Rejection[] = [];
	accepted = 0;
	rejected = 0;
	warnings = 0;
	/** Reasons found beyond `maxKept`, counted only. */
	dropped = 0;
	readonly #position = new Map<string, number>();
	readonly #fileErrors: Rejection[] = [];
	readonly #build: RowBuilder;
	readonly #validate: Validate;
	readonly #width: number;
	readonly #maxKept: number;
	readonly #seen = new Set<string>();

	constructor(options: LocalValidatorOptions) {
		this.kind = options.kind;
		this.#width = options.header.length;
		this.#maxKept = options.maxKept ?? MAX_KEPT_REJECTIONS;
		this.#validate = validatorOf(options.kind, options.today);
		const check = checkHeaders(options.header, options.kind);
		check.columns.forEach((name, i) => {
			if (name !== '' && !this.#position.has(name)) this.#position.set(name, i + 1);
		});
		for (const issue of check.issues) {
			const located = this.#locate(options.headerLine, issue);
			if (issue.severity === 'error') this.#fileErrors.push(located);
			else this.headerWarnings.push(located);
		}
		this.#build = createRowBuilder(
			check.columns.map((name, i) =>
				name !== '' && this.#position.get(name) === i + 1 ? name : ''
			),
			INPUT_COLUMNS[options.kind].map((c) => c.name)
		);
	}

	/** The field number of credential_id in the file, 0 when it has none. */
	get credentialColumn(): number {
		return this.#position.get('credential_id') ?? 0;
	}

	/** The header's errors: when there is one, every row is rejected with it. */
	get fileErrors(): readonly Rejection[] {
		return this.#fileErrors;
	}

	check(fields: readonly string[], line: number): unknown {
		if (this.#fileErrors.length > 0) {
			return this.#reject(this.#fileErrors.map((e) => ({ ...e, line })));
		}
		if (fields.length !== this.#width) {
			const column = Math.min(fields.length, this.#width) + 1;
			return this.#reject([
				{
					line,
					column,
					columnName: '',
					rule: 'csv.field_count',
					message: `expected ${this.#width} fields, found ${fields.length}`
				}
			]);
		}
		const result = this.#validate(this.#build(fields));
		if (result.record === undefined) {
			return this.#reject(
				result.issues
					.filter((issue) => issue.severity === 'error')
					.map((issue) => this.#locate(line, issue))
			);
		}
		if (this.kind === 'issuance') {
			const key = duplicateKey(result.record as IssuanceRecord);
			if (key !== undefined) {
				if (this.#seen.has(key)) {
					return this.#reject([duplicateRejection(line, this.credentialColumn)]);
				}
				this.#seen.add(key);
			}
		}
		this.accepted++;
		this.warnings += result.issues.length;
		return result.record;
	}

	/** Rejects a row the CSV layer could not read. */
	rejectRow(reason: Rejection): void {
		this.#reject([reason]);
	}

	#locate(line: number, issue: Issue): Rejection {
		return {
			line,
			column: this.#position.get(issue.column) ?? 0,
			columnName: issue.column,
			rule: issue.rule,
			message: issue.message
		};
	}

	#reject(reasons: readonly Rejection[]): undefined {
		this.rejected++;
		for (const reason of reasons) {
			if (this.rejections.length < this.#maxKept) this.rejections.push(reason);
			else this.dropped++;
		}
		return undefined;
	}
}
