import type { NationalMeasure } from '../../core/contract/national-measure';
import type { ManifestSource, DataKind } from '../../core/contract/manifest';
import { recordSource } from '../indicators/indicator-table';
import { suppressTable } from '../indicators/suppress';

const TOTAL = '_T';
import type { TableToPublish } from '../publish/publish-tables';
import type { ElementCount } from './issuance-stage';
import { compareText } from '../publish/compare-text';

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

const CONFIDENTIAL = 'confidential: fewer credentials than the disclosure threshold';

/** How completely each digital-credential format carries the eleven mandatory elements. */
export function credentialElementsTable(options: {
	elements: readonly ElementCount[];
	kind: DataKind;
	minCell: number;
	inputs: ManifestSource['inputs'];
}): TableToPublish {
	const cells = new Map<
		string,
		{ format: string; element: number; found: number; missing: number; not_mappable: number }
	>();
	for (const e of options.elements) {
		const key = `${e.format}|${e.element}`;
		const cell = cells.get(key) ?? {
			format: e.format,
			element: e.element,
			found: 0,
			missing: 0,
			not_mappable: 0
		};
		cell[e.status] += e.count;
		cells.set(key, cell);
	}
	// Found + missing + not mappable is the format's number of credentials, the same for every
	// element: it is published as the '_T' row of each element, and suppression protects the
	// lines against it (otherwise a hidden cell is the total minus the other two).
	const long = [...cells.values()].flatMap((c) =>
		(['found', 'missing', 'not_mappable', TOTAL] as const).map((status) => ({
			format: c.format,
			element: c.element,
			status,
			credentials: status === TOTAL ? c.found + c.missing + c.not_mappable : c[status],
			flags: ''
		}))
	);
	const rows = suppressTable({
		table: 'credential_elements',
		rows: long,
		spec: {
			dimensions: [{ column: 'format' }, { column: 'element' }, { column: 'status', total: TOTAL }],
			count: 'credentials',
			minCell: options.minCell
		},
		// The total of a format is one number repeated for every element: hidden in one, hidden in all.
		sameCell: (row) => (row.status === TOTAL ? row.format : null)
	});
	return {
		name: 'credential_elements',
		kind: options.kind,
		columns: [
			{ name: 'format', type: 'utf8', values: rows.map((r) => r.format) },
			{ name: 'element', type: 'int32', values: rows.map((r) => r.element) },
			{ name: 'status', type: 'utf8', values: rows.map((r) => r.status) },
			{ name: 'credentials', type: 'int32', values: rows.map((r) => r.credentials) },
			{ name: 'flags', type: 'utf8', values: rows.map((r) => r.flags) }
		],
		flags: { c: CONFIDENTIAL },
		source: recordSource({
			title:
				'Annex I mandatory elements found, missing or not mappable, per digital-credential format',
			provenance: { kind: options.kind, inputs: options.inputs, extractionDate: null }
		})
	};
}
