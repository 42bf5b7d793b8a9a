// A large dirty issuance file made of the local fixture (test/fixtures/local/dirty-issuance.csv,
// read by hand in test/unit/explore/local-file-check.test.ts: 13 records, 7 accepted and 6
// rejected, one of them a repeat of C1 within the file).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(new URL('../fixtures/local/dirty-issuance.csv', import.meta.url));

/**
 * `blocks` copies of the fixture's records, credentials renamed per block (C1 -> C1-0, ...) so
 * that each block repeats only its own C1, then one record repeating the first block's C2: a
 * repeat that only a check across the parts of the file can find. Accepted: 7 per block;
 * rejected: 6 per block and the last record.
 */
export function bigDirtyFile(blocks: number): string {
	const [header, ...body] = readFileSync(FIXTURE, 'utf8').split('\n');
	const text = body.join('\n');
	let out = `${header}\n`;
	for (let b = 0; b < blocks; b++) out += text.replace(/^C(\d+),/gm, `C$1-${b},`);
	const c2 = body.find((line) => line.startsWith('C2,'));
	if (!c2) throw new Error('the fixture has no C2');
	return `${out}${c2.replace(/^C2,/, 'C2-0,')}\n`;
}
