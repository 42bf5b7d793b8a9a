import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCredentialText, looksLikeCredentials } from '$lib/explore/local/local-credentials';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const OB3 = read('../../../data/samples/credentials/sample-open-badge-3.json');
// A hand-made European Digital Credential of the project (the shared samples stay outside it).
const ELM = read('../../fixtures/credentials/edc-workload-days.jsonld');

describe('digital credentials dropped in', () => {
	it('are told from CSV files by name or first character', () => {
		expect(looksLikeCredentials('badges.json', 'a,b')).toBe(true);
		expect(looksLikeCredentials('export.txt', '\uFEFF  [{"a":1}]')).toBe(true);
		expect(looksLikeCredentials('issuance.csv', 'learner_id,issue_date')).toBe(false);
	});

	it('map an Open Badge 3.0 and a European Digital Credential to accepted issuance records', () => {
		for (const [name, text] of [
			['badge.json', OB3],
			['edc.jsonld', ELM]
		]) {
			const { accepted, summary } = checkCredentialText(name, text, '2026-01-01');
			expect(summary).toMatchObject({ kind: 'issuance', read: 1, accepted: 1, rejected: 0 });
			expect(accepted[0].line).toBe(1);
			expect(accepted[0].record.issuer_country.length).toBeGreaterThan(0);
			expect(accepted[0].record.issue_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('locate each credential of an array, and reject what cannot be read', () => {
		const array = `[${OB3}, {"hello": "world"}, ${OB3}]`;
		const { summary } = checkCredentialText('three.json', array, '2026-01-01');
		expect(summary).toMatchObject({ read: 3, accepted: 1, rejected: 2 });
		expect(summary.rejections.map((r) => [r.line, r.rule])).toEqual([
			[2, 'credential.unknown_format'],
			// The same credential again: a duplicate, as in a CSV file.
			[3, 'credential.duplicate']
		]);
		const broken = checkCredentialText('broken.json', '{"a": ', '2026-01-01').summary;
		expect(broken).toMatchObject({ accepted: 0, rejected: 1 });
		expect(broken.rejections[0]).toMatchObject({ rule: 'credential.invalid_json', line: 1 });
	});
});
