// A national 2030 target for adult learning (or the EU's, with geo EU27_2020). The column
// aliases read the shared national_targets_2030.csv (indicator_code, geo, year, ...) as it is.

import type { ColumnSpec } from './issuance-record';

export const TARGET_COLUMNS: readonly ColumnSpec[] = [
	{
		name: 'country',
		kind: 'geo',
		required: true,
		aliases: ['geo', 'member state', 'pays', 'land']
	},
	{ name: 'indicator', kind: 'id', aliases: ['indicator code', 'indicator_code', 'indicateur'] },
	{
		name: 'target_year',
		kind: 'integer',
		required: true,
		aliases: ['year', 'target year', 'année', 'jahr', 'zieljahr']
	},
	{
		name: 'value',
		kind: 'decimal',
		required: true,
		aliases: ['target', 'target value', 'valeur', 'wert']
	},
	{ name: 'unit', kind: 'id', aliases: ['unité', 'einheit'] },
	{ name: 'breakdown', kind: 'text', aliases: [] },
	{ name: 'flag', kind: 'text', aliases: ['flags'] },
	{ name: 'source', kind: 'text', aliases: ['quelle'] },
	{ name: 'source_ref', kind: 'text', aliases: ['source reference'] },
	{ name: 'note', kind: 'text', aliases: ['notes', 'comment', 'remarque'] }
];

/** Targets are percentages of adults (unit PC); the value lies in 0-100. */
export interface NationalTarget {
	/** Eurostat geo code of a country or aggregate. */
	country: string;
	indicator: string | null;
	target_year: number;
	value: number;
	unit: string | null;
	breakdown: string | null;
	flag: string | null;
	source: string | null;
	source_ref: string | null;
	note: string | null;
}
