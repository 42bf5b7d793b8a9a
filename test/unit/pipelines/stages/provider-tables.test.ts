import { describe, expect, it } from 'vitest';
import { CELL_KEY_MODULUS } from '../../../../core/methods/cell-key';
import {
	credentialElementsTable,
	credentialKey,
	tallyCredential,
	type KeyedElementCount
} from '../../../../pipelines/stages/provider-tables';
import { fixtureCredentials, fixtureElementCounts } from './credential-fixture';

type Row = Record<string, unknown>;

const table = () =>
	credentialElementsTable({
		elements: fixtureElementCounts(),
		kind: 'synthetic',
		minCell: 5,
		inputs: []
	});

const rowOf = (rows: readonly Row[], format: string, element: number, status: string) => {
	const found = rows.filter(
		(r) => r.format === format && r.element === element && r.status === status
	);
	if (found.length !== 1) throw new Error(`${format} ${element} ${status}: ${found.length} rows`);
	return found[0];
};

describe('credentialKey', () => {
	const identity = {
		file: 'credentials/a.json',
		index: 4,
		credentialId: 'urn:uuid:1',
		learnerPseudonym: 'p_0123'
	};

	it('is an integer cell key, the same on every call', () => {
		const key = credentialKey(identity);
		expect(Number.isInteger(key)).toBe(true);
		expect(key).toBeGreaterThanOrEqual(0);
		expect(key).toBeLessThan(CELL_KEY_MODULUS);
		expect(credentialKey({ ...identity })).toBe(key);
	});

	it('changes with every part of the identity', () => {
		const key = credentialKey(identity);
		expect(credentialKey({ ...identity, file: 'credentials/b.json' })).not.toBe(key);
		expect(credentialKey({ ...identity, index: 5 })).not.toBe(key);
		expect(credentialKey({ ...identity, credentialId: 'urn:uuid:2' })).not.toBe(key);
		expect(credentialKey({ ...identity, credentialId: null })).not.toBe(key);
		expect(credentialKey({ ...identity, learnerPseudonym: 'p_0124' })).not.toBe(key);
	});

	it('spreads over the key range', () => {
		const keys = Array.from({ length: 2000 }, (_, index) =>
			credentialKey({ file: 'credentials/many.json', index })
		);
		expect(new Set(keys).size).toBeGreaterThan(1950);
		const mean = keys.reduce((a, b) => a + b, 0) / keys.length;
		expect(Math.abs(mean - CELL_KEY_MODULUS / 2)).toBeLessThan(CELL_KEY_MODULUS / 20);
	});
});

describe('tallyCredential', () => {
	it('counts a credential once per element and adds its key to each cell key', () => {
		const tally = new Map<string, KeyedElementCount>();
		const elements = [
			{ number: 1, status: 'found' as const },
			{ number: 2, status: 'missing' as const }
		];
		tallyCredential(tally, { format: 'edc', elements, key: 65000 });
		tallyCredential(tally, { format: 'edc', elements, key: 1000 });
		expect(tally.get('edc|1|found')).toEqual({
			format: 'edc',
			element: 1,
			status: 'found',
			count: 2,
			key: (65000 + 1000) % CELL_KEY_MODULUS
		});
		expect(tally.get('edc|2|missing')?.count).toBe(2);
	});
});

describe('credential_elements', () => {
	it('counts credentials per format, element and status (true counts), with a _T per element', () => {
		const { truth } = table();
		expect(rowOf(truth, 'edc', 2, 'found').credentials).toBe(3);
		expect(rowOf(truth, 'edc', 2, 'missing').credentials).toBe(10);
		expect(rowOf(truth, 'edc', 2, 'not_mappable').credentials).toBe(0);
		expect(rowOf(truth, 'edc', 6, 'found').credentials).toBe(10);
		expect(rowOf(truth, 'edc', 6, 'missing').credentials).toBe(2);
		expect(rowOf(truth, 'edc', 6, 'not_mappable').credentials).toBe(1);
		expect(rowOf(truth, 'open_badges_3', 7, 'not_mappable').credentials).toBe(3);
		for (let element = 1; element <= 11; element++) {
			expect(rowOf(truth, 'edc', element, '_T').credentials).toBe(13);
			expect(rowOf(truth, 'open_badges_3', element, '_T').credentials).toBe(3);
		}
		// 2 formats x 11 elements x (3 statuses + _T), in the order of the tally.
		expect(truth).toHaveLength(2 * 11 * 4);
		expect(truth.slice(0, 4).map((r) => r.status)).toEqual([
			'found',
			'missing',
			'not_mappable',
			'_T'
		]);
	});

	it('is a protected table whose rows keep no key', () => {
		const t = table();
		expect(t.name).toBe('credential_elements');
		expect(t.keyColumns).toEqual(['format', 'element', 'status']);
		expect(t.counts).toEqual([{ count: 'credentials' }]);
		for (const rows of [t.truth, t.perturbed]) {
			for (const row of rows) expect(Object.keys(row)).not.toContain('credentials_key');
		}
	});

	it('publishes each count within 2 of the truth, and a zero as zero', () => {
		const t = table();
		t.truth.forEach((row, i) => {
			const truth = row.credentials as number;
			const shown = t.perturbed[i].credentials as number;
			expect(Math.abs(shown - truth), JSON.stringify(row)).toBeLessThanOrEqual(2);
			expect(shown).toBeGreaterThanOrEqual(0);
			if (truth === 0) expect(shown).toBe(0);
		});
	});

	it('publishes the same value for the same credentials', () => {
		const t = table();
		const shown = (format: string, element: number, status: string) =>
			rowOf(t.perturbed, format, element, status).credentials;
		for (const format of ['edc', 'open_badges_3']) {
			const total = shown(format, 1, '_T');
			for (let element = 2; element <= 11; element++) {
				expect(shown(format, element, '_T')).toBe(total);
			}
			// Element 1 is found in every credential of the format: the same credentials again.
			expect(shown(format, 1, 'found')).toBe(total);
		}
		expect(shown('open_badges_3', 7, 'not_mappable')).toBe(shown('open_badges_3', 7, '_T'));
	});

	it('gives the status counts the keys of their credentials', () => {
		// Perturbing by hand with keys summed over the credentials gives the same table.
		const credentials = fixtureCredentials().filter((c) => c.format === 'edc');
		const found2 = credentials.filter((c) => c.elements[1].status === 'found');
		const key = found2.reduce((sum, c) => sum + credentialKey(c), 0) % CELL_KEY_MODULUS;
		const counted = fixtureElementCounts().find(
			(e) => e.format === 'edc' && e.element === 2 && e.status === 'found'
		);
		expect(counted).toMatchObject({ count: 3, key });
	});

	it('builds the published table from the rows it is given', () => {
		const t = table();
		const built = t.build(t.derive(t.perturbed));
		expect(built.name).toBe('credential_elements');
		expect(built.columns.map((c) => c.name)).toEqual([
			'format',
			'element',
			'status',
			'credentials',
			'flags'
		]);
		expect(built.columns[3].values).toEqual(t.perturbed.map((r) => r.credentials));
		expect(built.columns[4].values.every((f) => f === '')).toBe(true);
		expect(Object.keys(built.flags)).toEqual(['c']);
	});

	it('gives identical output on a re-run', () => {
		const a = table();
		const b = table();
		expect(b.truth).toEqual(a.truth);
		expect(b.perturbed).toEqual(a.perturbed);
		expect(b.build(b.derive(b.perturbed))).toEqual(a.build(a.derive(a.perturbed)));
	});

	it('refuses a count without a cell key', () => {
		const elements = [
			{ format: 'edc', element: 1, status: 'found' as const, count: 2, key: 70000 }
		];
		expect(() =>
			credentialElementsTable({ elements, kind: 'synthetic', minCell: 5, inputs: [] })
		).toThrow(/not a cell key/);
	});
});
