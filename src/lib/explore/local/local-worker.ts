// The validating worker: a dropped file is parsed here with PapaParse, chunk by chunk (a file of
// a million rows never sits in memory whole, and the page stays responsive), each row checked by
// the contract (local-file-check.ts), the learner pseudonymised, and the accepted records sent
// back as Arrow batches.
import Papa from 'papaparse';
import { detectNotText } from '$core/csv/detect-binary';
import { detectEncoding } from '$core/csv/detect-encoding';
import { sniffDialect } from '$core/csv/sniff-delimiter';
import { MAX_CREDENTIAL_FILE_BYTES } from '$core/credentials/types';
import { checkCredentialText, looksLikeCredentials } from './local-credentials';
import { LocalFileCheck, type AcceptedIssuance } from './local-file-check';
import { LocalRecordBatches, localRecordRow } from './local-records';
import type { LocalRequest, LocalSummary, LocalWorkerMessage } from './messages';
import { createLocalPseudonymiser, deriveHashKey } from './pseudonymise';
import { offersBatch, providersBatch } from './local-offers';
import { planParts } from './part-plan';
import { numberRecords } from './record-lines';

const SAMPLE_BYTES = 1 << 16;
const CHUNK_BYTES = 1 << 22;
const DEFAULT_BATCH_ROWS = 100_000;

const post = (message: LocalWorkerMessage, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(message, transfer);

/** PapaParse reports a quote left open at the end of its input as MissingQuotes. */
const isOpenQuote = (error: { code: string }) => error.code === 'MissingQuotes';

async function analyse(request: LocalRequest): Promise<LocalSummary> {
	const started = performance.now();
	const elapsed = () => (performance.now() - started) / 1000;
	const { file } = request;
	const check = new LocalFileCheck({ fileName: file.name, today: request.today });
	const pseudonymise = createLocalPseudonymiser(await deriveHashKey(request.key));
	const batches = new LocalRecordBatches();
	const batchRows = request.batchRows ?? DEFAULT_BATCH_ROWS;
	const index = request.part?.index ?? 0;
	const of = request.part?.of ?? 1;
	/** The summary of a worker that has no part of this file (it is checked whole). */
	const nothing = (): LocalSummary => ({
		...check.summary(elapsed()),
		coverage: { parts: 1, index, endsInsideQuotes: false }
	});
	const flush = () => {
		const rows = batches.rows;
		if (rows === 0) return;
		const ipc = batches.take();
		post({ type: 'batch', input: 'issuance', ipc, rows }, [ipc.buffer]);
	};
	const keep = (accepted: readonly AcceptedIssuance[]) => {
		for (const { record, line } of accepted) {
			batches.push(localRecordRow(record, pseudonymise(record.learner_id), line));
		}
		if (batches.rows >= batchRows) flush();
	};

	const head = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
	const encoding = detectEncoding(head);
	const notText = detectNotText(head, encoding);
	if (notText) {
		if (index > 0) return nothing();
		const summary = check.summary(elapsed());
		const rejection = { line: 0, column: 0, columnName: '', rule: notText.rule };
		return { ...summary, rejections: [{ ...rejection, message: `not read: ${notText.message}` }] };
	}
	const sample = new TextDecoder(encoding).decode(head);
	if (looksLikeCredentials(file.name, sample)) {
		if (index > 0) return nothing();
		if (file.size > MAX_CREDENTIAL_FILE_BYTES) {
			const rejection = { line: 0, column: 0, columnName: '', rule: 'credential.too_large' };
			const message = `${(file.size / 2 ** 20).toFixed(1)} MiB, over the limit; not read`;
			return { ...check.summary(elapsed()), rejections: [{ ...rejection, message }] };
		}
		const { accepted, summary } = checkCredentialText(file.name, await file.text(), request.today);
		keep(accepted);
		flush();
		return { ...summary, seconds: elapsed() };
	}
	const { delimiter, quote } = sniffDialect({ text: sample, complete: file.size <= SAMPLE_BYTES });
	const parse = { delimiter, quoteChar: quote, escapeChar: quote, skipEmptyLines: false };

	// Every worker cuts the file the same way; a later part takes the header from the file's start.
	const plan = of > 1 ? await planParts(file, encoding, sample, parse, of) : undefined;
	if (index > 0 && !plan) return nothing();
	const part = plan?.parts[index] ?? { index: 0, start: 0, end: file.size, firstLine: 1 };
	if (plan && index > 0) check.continueAfter(plan.head);
	const parts = plan?.parts.length ?? 1;

	let nextLine = part.firstLine;
	let read = 0;
	let endsInsideQuotes = false;
	await new Promise<void>((resolve, reject) => {
		Papa.parse<string[]>(
			part.start === 0 && part.end === file.size
				? file
				: new File([file.slice(part.start, part.end)], file.name),
			{
				...parse,
				encoding,
				chunkSize: CHUNK_BYTES,
				chunk(results, parser) {
					if (results.errors.some(isOpenQuote)) endsInsideQuotes = true;
					const numbered = numberRecords(results.data, nextLine, results.errors);
					nextLine = numbered.nextLine;
					read += numbered.records.length;
					try {
						keep(check.push(numbered.records));
					} catch (error) {
						parser.abort();
						reject(error);
						return;
					}
					post({ type: 'progress', bytes: results.meta.cursor, total: file.size, rows: read });
				},
				complete: () => resolve(),
				error: (error) => reject(error)
			}
		);
	});
	keep(check.end());
	flush();
	if (check.offers.length > 0) {
		const ipc = offersBatch(check.offers);
		post({ type: 'batch', input: 'offers', ipc, rows: check.offers.length }, [ipc.buffer]);
	}
	if (check.providers.length > 0) {
		const ipc = providersBatch(check.providers);
		post({ type: 'batch', input: 'providers', ipc, rows: check.providers.length }, [ipc.buffer]);
	}
	return {
		...check.summary(elapsed()),
		coverage: { parts, index: part.index, endsInsideQuotes }
	};
}

self.onmessage = (event: MessageEvent<LocalRequest>) => {
	analyse(event.data).then(
		(summary) => post({ type: 'done', summary }),
		(error) =>
			post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
	);
};
