import { describe, expect, it } from 'vitest';
import { xmlKind } from '../../../../core/credentials/xml-kind';

describe('xmlKind', () => {
	it('names an ELM v2 credential past its prolog and DOCTYPE', () => {
		expect(
			xmlKind(
				'<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE x >\n<europassCredential xmlns="http://data.europa.eu/snb">'
			)
		).toEqual({ kind: 'elm_v2_credential', root: 'europassCredential' });
	});

	it('reads only the start of a hostile file (an unclosed DOCTYPE of a million spaces)', () => {
		// Quadratic backtracking took minutes on this: the test's timeout catches a return of it.
		const hostile = '<!DOCTYPE' + ' '.repeat(1_000_000) + 'x';
		expect(xmlKind(hostile).kind).toBe('other_xml');
	});
});
