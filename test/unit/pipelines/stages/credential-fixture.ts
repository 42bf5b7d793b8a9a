// Hand-made digital credentials for the credential_elements tests: which status each of the
// eleven mandatory Annex I elements has in each credential, and what identifies it.
//
// | format        | credentials | element 2                   | element 6                    | element 7          | others |
// |---------------|-------------|-----------------------------|------------------------------|--------------------|--------|
// | edc           | 13          | found 3, missing 10         | found 10, missing 2, n/m 1   | found              | found  |
// | open_badges_3 | 3           | found                       | found 2, missing 1           | not mappable       | found  |
import { ANNEX_I_MANDATORY } from '../../../../core/contract/issuance-record';
import type { ElementCount } from '../../../../pipelines/stages/issuance-stage';
import {
	credentialKey,
	tallyCredential,
	type KeyedElementCount
} from '../../../../pipelines/stages/provider-tables';
import { compareText } from '../../../../pipelines/publish/compare-text';

type Status = ElementCount['status'];

interface FixtureCredential {
	readonly file: string;
	readonly index: number;
	readonly credentialId: string | null;
	readonly learnerPseudonym: string | null;
	readonly format: string;
	readonly elements: { number: number; status: Status }[];
}

function credential(
	format: string,
	file: string,
	index: number,
	statuses: Partial<Record<number, Status>>
): FixtureCredential {
	return {
		file,
		index,
		// Every third credential has no id, every fourth no learner.
		credentialId: index % 3 === 2 ? null : `urn:uuid:${format}-${index}`,
		learnerPseudonym: index % 4 === 3 ? null : `p_${format}${String(index).padStart(30, '0')}`,
		format,
		elements: ANNEX_I_MANDATORY.map((e) => ({
			number: e.number,
			status: statuses[e.number] ?? 'found'
		}))
	};
}

export function fixtureCredentials(): FixtureCredential[] {
	const edc = Array.from({ length: 13 }, (_, i) =>
		credential('edc', 'credentials/edc.json', i, {
			2: i < 3 ? 'found' : 'missing',
			6: i < 10 ? 'found' : i < 12 ? 'missing' : 'not_mappable'
		})
	);
	const ob3 = Array.from({ length: 3 }, (_, i) =>
		credential('open_badges_3', 'credentials/ob3.json', i, {
			6: i < 2 ? 'found' : 'missing',
			7: 'not_mappable'
		})
	);
	return [...edc, ...ob3];
}

/** The element counts as the issuance stage hands them over: tallied, sorted. */
export function fixtureElementCounts(
	credentials: readonly FixtureCredential[] = fixtureCredentials()
): KeyedElementCount[] {
	const tally = new Map<string, KeyedElementCount>();
	for (const c of credentials) {
		tallyCredential(tally, { format: c.format, elements: c.elements, key: credentialKey(c) });
	}
	return [...tally.values()].sort(
		(a, b) =>
			compareText(a.format, b.format) || a.element - b.element || compareText(a.status, b.status)
	);
}
