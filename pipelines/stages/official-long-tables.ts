import type { DataKind } from '../../core/contract/manifest';
import type { TableToPublish } from '../publish/publish-tables';
import type { LongObservation } from '../read/long-statistics';
import { OFFICIAL_INDICATORS_SOURCE } from '../inputs/official-sources';
import { flagsLegend } from './stat-table-columns';
import { compareText } from '../publish/compare-text';

export const TARGET_INDICATOR_PREFIX = 'EPSR_NATIONAL_TARGET_';

function compare(a: LongObservation, b: LongObservation): number {
	return (
		compareText(a.indicator, b.indicator) ||
		compareText(a.geo, b.geo) ||
		a.year - b.year ||
		compareText(a.breakdown, b.breakdown) ||
		compareText(a.file, b.file)
	);
}

/** Every long-format official value, each row with its own source. */
export function officialIndicatorsTable(
	long: readonly LongObservation[],
	inputs: readonly { path: string; sha256: string }[],
	kind: DataKind
): TableToPublish {
	const rows = [...long].sort(compare);
	return {
		name: OFFICIAL_INDICATORS_SOURCE.table,
		kind,
		columns: [
			{ name: 'indicator_code', type: 'utf8', values: rows.map((r) => r.indicator) },
			{ name: 'geo', type: 'utf8', values: rows.map((r) => r.geo) },
			{ name: 'year', type: 'int32', values: rows.map((r) => r.year) },
			{ name: 'breakdown', type: 'utf8', values: rows.map((r) => r.breakdown) },
			{ name: 'value', type: 'float64', values: rows.map((r) => r.value) },
			{ name: 'unit', type: 'utf8', values: rows.map((r) => r.unit) },
			{ name: 'flags', type: 'utf8', values: rows.map((r) => r.flags) },
			{ name: 'kind', type: 'utf8', values: rows.map((r) => r.kind) },
			{
				name: 'value_role',
				type: 'utf8',
				values: rows.map((r) => r.role),
				description:
					'observation, target, national_target, aggregate_of_national_targets (the EU sum of the national targets), milestone (a target before 2030) or quoted_baseline (a baseline as a secondary source quotes it, often rounded)'
			},
			{ name: 'note', type: 'utf8', values: rows.map((r) => r.note) },
			{ name: 'source', type: 'utf8', values: rows.map((r) => r.source) },
			{ name: 'source_ref', type: 'utf8', values: rows.map((r) => r.sourceRef) },
			{ name: 'input_file', type: 'utf8', values: rows.map((r) => r.file) }
		],
		flags: flagsLegend(rows.map((r) => r.flags)),
		source: {
			dataset: OFFICIAL_INDICATORS_SOURCE.dataset,
			title: OFFICIAL_INDICATORS_SOURCE.title,
			publisher: OFFICIAL_INDICATORS_SOURCE.publisher,
			licence: OFFICIAL_INDICATORS_SOURCE.licence,
			attribution: OFFICIAL_INDICATORS_SOURCE.attribution,
			extractionDate: null,
			extractionNote: OFFICIAL_INDICATORS_SOURCE.extractionNote,
			inputs: [...inputs]
		}
	};
}
