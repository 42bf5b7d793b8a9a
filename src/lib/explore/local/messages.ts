// What the page and the validating worker say to each other.
import type { LocalInput } from './local-aggregates';
import type { LocalKind, Rejection } from './local-validator';

export interface LocalRequest {
	readonly file: File;
	/** The browser's pseudonymisation key (non-extractable). */
	readonly key: CryptoKey;
	/** YYYY-MM-DD; defaults to today (UTC). */
	readonly today?: string;
	/** Accepted records per Arrow batch sent back. */
	readonly batchRows?: number;
	/**
	 * This worker's part of the file when it is validated by several (record-cuts.ts): every
	 * worker cuts the file the same way and checks part `index` of `of`. Absent: the whole file.
	 */
	readonly part?: { readonly index: number; readonly of: number };
}

/** How a worker's summary covers the file. */
export interface LocalCoverage {
	/** Parts the file was cut into (1: the whole file, by the first worker). */
	readonly parts: number;
	readonly index: number;
	/** The part's last record had an open quote: the cut may be inside a quoted field. */
	readonly endsInsideQuotes: boolean;
}

export interface LocalSummary {
	readonly fileName: string;
	/** Undefined when no header of a contract file was found. */
	readonly kind: LocalKind | undefined;
	readonly headerLine: number;
	/** Records read after the header (accepted + rejected). */
	readonly read: number;
	readonly accepted: number;
	readonly rejected: number;
	/** Warnings on accepted rows (kept, like an Annex I element missing). */
	readonly warnings: number;
	/** Reasons of the rejected rows, in file order (at most the validator's limit). */
	readonly rejections: readonly Rejection[];
	/** Reasons beyond the limit, counted only. */
	readonly droppedReasons: number;
	/** The field number of credential_id (0: none): where a repeated credential is reported. */
	readonly credentialColumn: number;
	/** Set by a worker given a part (LocalRequest.part). */
	readonly coverage?: LocalCoverage;
	/** Problems with the file as a whole that rejected nothing (preamble, unknown columns). */
	readonly fileNotes: readonly Rejection[];
	readonly seconds: number;
}

export type LocalWorkerMessage =
	| {
			readonly type: 'progress';
			readonly bytes: number;
			readonly total: number;
			readonly rows: number;
	  }
	/**
	 * Accepted rows as an Arrow IPC stream: issuance records, pseudonymised (LOCAL_RECORD_COLUMNS),
	 * catalogue offers or registered providers (local-offers.ts).
	 */
	| {
			readonly type: 'batch';
			readonly input: LocalInput;
			readonly ipc: Uint8Array;
			readonly rows: number;
	  }
	| { readonly type: 'done'; readonly summary: LocalSummary }
	| { readonly type: 'failed'; readonly message: string };
