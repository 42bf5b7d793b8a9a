import { createHash } from 'node:crypto';
import type { NationalMeasure } from '../../core/contract/national-measure';
import type { ManifestSource, DataKind } from '../../core/contract/manifest';
import { CELL_KEY_MODULUS } from '../../core/methods/cell-key';
import { confidentialLegend, recordSource, type IndicatorRow } from '../indicators/indicator-table';
import {
	perturbRows,
	type PerturbedCount,
	type ProtectedTable
} from '../disclosure/protected-table';
import type { TableToPublish } from '../publish/publish-tables';
import type { ElementCount } from './issuance-stage';
import { compareText } from '../publish/compare-text';

const TOTAL = '_T';

/** National measures per paragraph of the Recommendation (para 21), one row per measure. */
export function measuresTable(options: {
	measures: readonly (NationalMeasure & { input_file: string; line: number })[];
	kind: DataKind;
	inputs: ManifestSource['inputs'];
}): TableToPublish {
	const rows = [...options.measures].sort(
		(a, b) =>
			compareText(a.country, b.country) ||
			compareText(a.paragraph, b.paragraph) ||
			compareText(a.title, b.title)
	);
	const col = <K extends keyof (typeof rows)[number]>(k: K) =>
		rows.map((r) => (r[k] ?? null) as string | number | null);
	return {
		name: 'national_measures',
		kind: options.kind,
		columns: [
			{ name: 'measure_id', type: 'utf8', values: col('measure_id') },
			{ name: 'geo', type: 'utf8', values: col('country') },
			{ name: 'paragraph', type: 'utf8', values: col('paragraph') },
			{ name: 'status', type: 'utf8', values: col('status') },
			{ name: 'title', type: 'utf8', values: col('title') },
			{ name: 'description', type: 'utf8', values: col('description') },
			{ name: 'start_date', type: 'utf8', values: col('start_date') },
			{ name: 'budget_eur', type: 'float64', values: col('budget') },
			{ name: 'link', type: 'utf8', values: col('link') }
		],
		flags: {},
		source: recordSource({
			title: 'Measures taken by the Member States, per paragraph of the Recommendation (para 21)',
			provenance: { kind: options.kind, inputs: options.inputs, extractionDate: null }
		})
	};
}

// credential_elements: how completely each digital-credential format carries the eleven mandatory
// Annex I elements, as counts of credentials per format, element and status. Disclosure control
// is cell-key perturbation (core/methods/cell-key.ts) of every count, with a key per credential.

/**
 * What identifies one imported credential within a run. The file name is in the manifest; the
 * credential id and the pseudonym are never published.
 */
export interface CredentialIdentity {
	/** The input file's name relative to its data directory (stable across machines). */
	readonly file: string;
	/** Position in the file's top-level JSON array; 0 for a single credential. */
	readonly index: number;
	/** The credential's own id (`id`, or the JWT `jti`), when it has one. */
	readonly credentialId?: string | null;
	/** The learner's keyed pseudonym, when the credential names a learner. */
	readonly learnerPseudonym?: string | null;
}

/**
 * The record key of a credential, in [0, CELL_KEY_MODULUS): SHA-256 of its identity, reduced
 * modulo the modulus. The keyed pseudonym makes it unpredictable to anyone without the
 * pseudonymisation key, even one who knows the file names (the manifest lists them).
 */
export function credentialKey(identity: CredentialIdentity): number {
	const text = [
		'credential-elements',
		identity.file,
		String(identity.index),
		identity.credentialId ?? '',
		identity.learnerPseudonym ?? ''
	].join('\u001f');
	return createHash('sha256').update(text, 'utf8').digest().readUInt32BE(0) % CELL_KEY_MODULUS;
}

/** An ElementCount with the cell key of the credentials it counts. */
export type KeyedElementCount = ElementCount & {
	/** Sum of the counted credentials' keys (credentialKey) modulo CELL_KEY_MODULUS. */
	key: number;
};

/**
 * Adds one credential to a tally of element counts keyed by format, element and status: one more
 * credential, and its key added to the cell key.
 */
export function tallyCredential(
	tally: Map<string, KeyedElementCount>,
	credential: {
		readonly format: string;
		readonly elements: readonly {
			readonly number: number;
			readonly status: ElementCount['status'];
		}[];
		readonly key: number;
	}
): void {
	for (const element of credential.elements) {
		const id = `${credential.format}|${element.number}|${element.status}`;
		const count = tally.get(id);
		if (count) {
			count.count++;
			count.key = (count.key + credential.key) % CELL_KEY_MODULUS;
		} else {
			tally.set(id, {
				format: credential.format,
				element: element.number,
				status: element.status,
				count: 1,
				key: credential.key
			});
		}
	}
}

const STATUSES = ['found', 'missing', 'not_mappable'] as const;

/** One count: the credentials of a row (a status with no credential is a row with 0). */
export const CREDENTIAL_ELEMENTS_COUNTS: readonly PerturbedCount[] = [{ count: 'credentials' }];

/**
 * How completely each digital-credential format carries the eleven mandatory elements, with true
 * and perturbed counts. Every credential has a status for each of the eleven elements, so found +
 * missing + not mappable is the format's number of credentials, the same for every element: it
 * is the '_T' row of each element, one set of credentials with one cell key, so one published
 * value. Rows are in the order of `elements` (format, element), statuses then '_T'.
 */
export function credentialElementsTable(options: {
	elements: readonly KeyedElementCount[];
	kind: DataKind;
	/** The least count the audit protects (named in the legend of flag 'c'). */
	minCell: number;
	inputs: ManifestSource['inputs'];
}): ProtectedTable {
	type Cell = { format: string; element: number } & Record<
		(typeof STATUSES)[number],
		{ count: number; key: number }
	>;
	const cells = new Map<string, Cell>();
	for (const e of options.elements) {
		if (!Number.isInteger(e.key) || e.key < 0 || e.key >= CELL_KEY_MODULUS) {
			throw new Error(
				`credential_elements: key ${e.key} of ${e.format} ${e.element} is not a cell key`
			);
		}
		const id = `${e.format}|${e.element}`;
		const cell = cells.get(id) ?? {
			format: e.format,
			element: e.element,
			found: { count: 0, key: 0 },
			missing: { count: 0, key: 0 },
			not_mappable: { count: 0, key: 0 }
		};
		cell[e.status] = {
			count: cell[e.status].count + e.count,
			key: (cell[e.status].key + e.key) % CELL_KEY_MODULUS
		};
		cells.set(id, cell);
	}
	const raw: IndicatorRow[] = [...cells.values()].flatMap((c) => {
		const parts = STATUSES.map((status) => ({ status, ...c[status] }));
		const total = {
			status: TOTAL,
			count: parts.reduce((sum, p) => sum + p.count, 0),
			key: parts.reduce((sum, p) => sum + p.key, 0) % CELL_KEY_MODULUS
		};
		return [...parts, total].map((p) => ({
			format: c.format,
			element: c.element,
			status: p.status,
			credentials: p.count,
			credentials_key: p.key
		}));
	});
	const { truth, perturbed } = perturbRows('credential_elements', raw, CREDENTIAL_ELEMENTS_COUNTS);
	return {
		name: 'credential_elements',
		keyColumns: ['format', 'element', 'status'],
		counts: CREDENTIAL_ELEMENTS_COUNTS,
		truth,
		perturbed: perturbed.map((row) => ({ ...row, flags: '' })),
		// Nothing is derived from the counts.
		derive: (rows) => rows.map((row) => ({ ...row })),
		build: (rows) => ({
			name: 'credential_elements',
			kind: options.kind,
			columns: [
				{ name: 'format', type: 'utf8', values: rows.map((r) => r.format as string) },
				{ name: 'element', type: 'int32', values: rows.map((r) => r.element as number) },
				{ name: 'status', type: 'utf8', values: rows.map((r) => r.status as string) },
				{
					name: 'credentials',
					type: 'int32',
					values: rows.map((r) => r.credentials as number | null)
				},
				{ name: 'flags', type: 'utf8', values: rows.map((r) => r.flags as string) }
			],
			flags: confidentialLegend(options.minCell),
			source: recordSource({
				title:
					'Annex I mandatory elements found, missing or not mappable, per digital-credential format',
				provenance: { kind: options.kind, inputs: options.inputs, extractionDate: null }
			})
		})
	};
}
