// The dirty issuance fixture of the local analysis, parsed as the worker parses it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import {
	LocalFileCheck,
	type AcceptedIssuance,
	type AcceptedOffer,
	type AcceptedProvider
} from '$lib/explore/local/local-file-check';
import { numberRecords } from '$lib/explore/local/record-lines';
import type { LocalSummary } from '$lib/explore/local/messages';

export const DIRTY_ISSUANCE = fileURLToPath(
	new URL('../../fixtures/local/dirty-issuance.csv', import.meta.url)
);

export function checkText(
	text: string,
	fileName = 'dirty-issuance.csv',
	chunk = Infinity
): {
	accepted: AcceptedIssuance[];
	offers: AcceptedOffer[];
	providers: AcceptedProvider[];
	summary: LocalSummary;
} {
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
	const check = new LocalFileCheck({ fileName, today: '2026-01-01' });
	const accepted: AcceptedIssuance[] = [];
	let line = 1;
	for (let at = 0; at < parsed.data.length; at += Math.min(chunk, parsed.data.length)) {
		const data = parsed.data.slice(at, at + chunk);
		const errors = parsed.errors
			.filter((e) => e.row !== undefined && e.row >= at && e.row < at + data.length)
			.map((e) => ({ ...e, row: e.row! - at }));
		const numbered = numberRecords(data, line, errors);
		line = numbered.nextLine;
		accepted.push(...check.push(numbered.records));
	}
	accepted.push(...check.end());
	return { accepted, offers: check.offers, providers: check.providers, summary: check.summary(0) };
}

export function checkDirtyIssuance(chunk = Infinity) {
	return checkText(readFileSync(DIRTY_ISSUANCE, 'utf8'), 'dirty-issuance.csv', chunk);
}
