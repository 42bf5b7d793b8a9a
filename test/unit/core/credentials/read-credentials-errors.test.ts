import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CREDENTIAL_FILE_BYTES } from '../../../../core/credentials/types';
import { readCredentialsFile } from '../../../../pipelines/read/read-credentials-file';
import { hasSharedData } from '../../../helpers/shared-data';
import { scratch, sharedText } from './credential-fixtures';

let files: Awaited<ReturnType<typeof scratch>>;
beforeAll(async () => {
	files = await scratch();
});
afterAll(() => files.cleanup());

const badge = {
	'@context': ['https://www.w3.org/ns/credentials/v2'],
	type: ['VerifiableCredential', 'OpenBadgeCredential'],
	issuer: { id: 'https://example.com/issuers/1', type: ['Profile'], name: 'Example Corp' },
	validFrom: '2024-03-01T00:00:00Z',
	credentialSubject: {
		id: 'mailto:learner.secret@example.org',
		achievement: { id: 'https://example.com/a/1', name: 'Teamwork' }
	}
};

describe('invalid JSON: located by line and column, without quoting the file', () => {
	it.each([
		['a doubled comma', '[\n  {"id": 1},\n  {"id": 2,,}\n]', 3, 12, 'expected a property name'],
		['a missing colon', '{\n\t"type": "Assertion",\n\t"badge"\n}', 4, 1, "expected ':'"],
		['an unterminated string', '{"name": "Teamwork', 1, 19, 'unterminated string'],
		['a missing bracket', '[{"a": 1}', 1, 10, 'unexpected end of input'],
		['trailing content', '{"a": 1} x', 1, 10, 'after the JSON value'],
		['CRLF line ends', '{\r\n"a": 1,\r\n"b": tru\r\n}', 3, 6, 'expected a value'],
		['a single quote', "{'a': 1}", 1, 2, 'property name']
	])('%s', async (_name, text, line, column, reason) => {
		const path = await files.write(text);
		const result = await readCredentialsFile(path);
		expect(result.imports).toEqual([]);
		expect(result.errors).toHaveLength(1);
		const [error] = result.errors;
		expect(error).toMatchObject({ kind: 'invalid_json', file: path, line, column });
		expect(error.message).toContain(reason);
	});

	it('does not echo the text around the error, which may be a learner identifier', async () => {
		const text = JSON.stringify(badge, null, 2).replace(
			'"mailto:learner.secret@example.org"',
			'"mailto:learner.secret@example.org" oops'
		);
		const result = await readCredentialsFile(await files.write(text));
		expect(result.errors[0]).toMatchObject({ kind: 'invalid_json', line: 18, column: 47 });
		expect(JSON.stringify(result)).not.toContain('learner.secret');
		expect(JSON.stringify(result)).not.toContain('oops');
	});

	it('an empty file', async () => {
		const result = await readCredentialsFile(await files.write('  \n'));
		expect(result.errors).toEqual([
			expect.objectContaining({ kind: 'invalid_json', line: 1, column: 1 })
		]);
	});

	it('a byte order mark is not an error', async () => {
		const result = await readCredentialsFile(await files.write(`\ufeff${JSON.stringify(badge)}`));
		expect(result.errors).toEqual([]);
		expect(result.imports[0].record.title).toBe('Teamwork');
	});
});

describe.skipIf(!hasSharedData)('invalid JSON in the ELM Annex I sample', () => {
	it('locates the error in a 111 KB single-line file and keeps the national id out', async () => {
		const text = await sharedText('elm', 'Sample-MC-Annex1-unsigned.jsonld');
		const marker = '"notation":"LA-234218"';
		const broken = text.replace(marker, `${marker};`);
		const result = await readCredentialsFile(await files.write(broken));
		expect(result.errors).toHaveLength(1);
		expect(result.errors[0]).toMatchObject({
			kind: 'invalid_json',
			line: 1,
			column: text.indexOf(marker) + marker.length + 1,
			message: "invalid JSON: expected ',' or '}'"
		});
		expect(JSON.stringify(result)).not.toContain('LA-234218');
	});
});

describe('files that hold no credential', () => {
	it('an empty array imports nothing and is not an error', async () => {
		const path = await files.write('[]');
		expect(await readCredentialsFile(path)).toEqual({
			file: path,
			imports: [],
			errors: [],
			resources: []
		});
	});

	it('a JSON object that is not a credential', async () => {
		const path = await files.write({ name: 'Quarterly report', version: '1.0.3' });
		const result = await readCredentialsFile(path);
		expect(result.imports).toEqual([]);
		expect(result.errors).toEqual([
			{
				kind: 'unknown_format',
				file: path,
				message: 'not a European Digital Credential nor an Open Badges 2.0 or 3.0 credential'
			}
		]);
	});

	it('a presentation is named as such', async () => {
		const path = await files.write({
			type: ['VerifiablePresentation', 'EuropeanDigitalPresentation'],
			verifiableCredential: [badge]
		});
		const result = await readCredentialsFile(path);
		expect(result.errors[0].kind).toBe('unknown_format');
		expect(result.errors[0].message).toMatch(/presentation/);
	});

	it('an Open Badges 3.0 endorsement awards nothing', async () => {
		const path = await files.write({
			'@context': [
				'https://www.w3.org/ns/credentials/v2',
				'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
			],
			type: ['VerifiableCredential', 'EndorsementCredential'],
			issuer: { id: 'https://qa.example.org', type: ['Profile'] },
			credentialSubject: { id: 'https://example.com/a/1', type: ['EndorsementSubject'] }
		});
		const result = await readCredentialsFile(path);
		expect(result.imports).toEqual([]);
		expect(result.errors).toEqual([
			{
				kind: 'unknown_format',
				file: path,
				message: 'an Open Badges 3.0 document that is not an achievement credential'
			}
		]);
	});

	it('in an array, each bad element is an error at its index and the others import', async () => {
		const path = await files.write([badge, 42, { hello: 'world' }, 'plain text', badge]);
		const result = await readCredentialsFile(path);
		expect(result.imports.map((i) => i.index)).toEqual([0, 4]);
		expect(result.errors.map((e) => [e.index, e.kind])).toEqual([
			[1, 'unknown_format'],
			[2, 'unknown_format'],
			[3, 'unknown_format']
		]);
		const report = JSON.stringify({
			errors: result.errors,
			warnings: result.imports.map((i) => i.warnings)
		});
		expect(report).not.toContain('learner.secret');
	});
});

describe('files that cannot be read', () => {
	it('a file over the limit is rejected without being read', async () => {
		const path = await files.write(badge);
		const result = await readCredentialsFile(path, { maxBytes: 100 });
		expect(result.imports).toEqual([]);
		expect(result.errors).toEqual([
			{
				kind: 'too_large',
				file: path,
				message: expect.stringMatching(/over the 0\.0 MiB limit/)
			}
		]);
	});

	it('the default limit is 20 MiB', async () => {
		expect(MAX_CREDENTIAL_FILE_BYTES).toBe(20 * 1024 * 1024);
		const path = await files.write('', 'huge.json');
		await truncate(path, MAX_CREDENTIAL_FILE_BYTES + 1);
		const result = await readCredentialsFile(path);
		expect(result.errors).toEqual([
			{ kind: 'too_large', file: path, message: '20.0 MiB, over the 20.0 MiB limit; not read' }
		]);
	});

	it('a missing file and a folder', async () => {
		const missing = join(files.dir, 'absent.json');
		expect((await readCredentialsFile(missing)).errors).toEqual([
			{ kind: 'unreadable', file: missing, message: 'cannot read the file (ENOENT)' }
		]);
		expect((await readCredentialsFile(files.dir)).errors).toEqual([
			{ kind: 'unreadable', file: files.dir, message: 'not a regular file' }
		]);
	});
});

describe('XML files: named for what they are, never "invalid JSON"', () => {
	const v2 =
		'\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- issued by a test tool -->\n' +
		'<europassCredential xmlns="http://data.europa.eu/snb" cred:id="urn:credential:1">' +
		'<title><text lang="en">Sample</text></title></europassCredential>';

	it('an ELM v2 / EDCI XML credential is refused with the format and the conversion', async () => {
		const path = await files.write(v2, 'credential.xml');
		const result = await readCredentialsFile(path);
		expect(result.imports).toEqual([]);
		expect(result.errors).toEqual([
			{
				kind: 'unsupported_format',
				file: path,
				message: expect.stringMatching(
					/^ELM v2 \/ EDCI XML \(Europass Digital Credentials v2, root <europassCredential>\) is not imported; convert it to ELM v3 JSON-LD/
				)
			}
		]);
	});

	it.each([
		['loq-constraints', 'Courses', /export of learning opportunities and qualifications/],
		['ams-constraints', 'Accreditations', /export of accreditations/]
	])('a QDR %s document is not a credential', async (profile, root, message) => {
		const text =
			`<?xml version="1.0"?>\n<${root} xmlns:skos="http://www.w3.org/2004/02/skos/core#"\n` +
			`  xmlns="http://data.europa.eu/snb/model/ap/${profile}/" xsdVersion="3.1.0">\n</${root}>`;
		const path = await files.write(text, `${root}.xml`);
		const [error] = (await readCredentialsFile(path)).errors;
		expect(error).toMatchObject({ kind: 'not_a_credential', file: path });
		expect(error.message).toMatch(message);
		expect(error.message).toContain(`root <${root}>`);
	});

	it('other XML is an unknown format, named by its root', async () => {
		const path = await files.write('<svg xmlns="http://www.w3.org/2000/svg"></svg>', 'x.svg');
		expect((await readCredentialsFile(path)).errors).toEqual([
			{
				kind: 'unknown_format',
				file: path,
				message:
					'an XML document (root <svg>), not a credential format the importer reads ' +
					'(ELM v3 JSON-LD, Open Badges 2.0 or 3.0 JSON)'
			}
		]);
	});
});

describe('a JSON-LD context is not a credential', () => {
	it('is refused as such', async () => {
		const path = await files.write({ '@context': { '@version': 1.1, title: 'dc:title' } });
		expect((await readCredentialsFile(path)).errors).toEqual([
			{
				kind: 'not_a_credential',
				file: path,
				message:
					'a JSON-LD context document: it defines the terms credentials use and holds no credential'
			}
		]);
	});
});

describe('issuer countries outside the coverage', () => {
	const located = (code: string) => ({
		...badge,
		issuer: { ...badge.issuer, address: { type: ['Address'], addressCountryCode: code } }
	});

	it('a credential with no country inside the coverage is an error at its index, in order', async () => {
		const path = await files.write([located('US'), located('BE'), { hello: 1 }, located('CA')]);
		const result = await readCredentialsFile(path);
		expect(result.imports.map((i) => [i.index, i.record.issuer_country])).toEqual([[1, 'BE']]);
		expect(result.errors.map((e) => [e.index, e.kind, e.path])).toEqual([
			[0, 'country_not_covered', 'issuer.address.addressCountryCode'],
			[2, 'unknown_format', undefined],
			[3, 'country_not_covered', 'issuer.address.addressCountryCode']
		]);
		expect(result.errors[0].message).toBe(
			"issuer country at issuer.address.addressCountryCode ('US'): US is outside the " +
				'countries covered; the credential cannot be counted'
		);
		expect(JSON.stringify(result.errors)).not.toContain('learner.secret');
	});
});
