import type { NativeDuckDB } from '../stages/duckdb-native';
import type { TableToPublish } from '../publish/publish-tables';
import {
	buildIndicatorTable,
	type IndicatorColumn,
	type IndicatorRow,
	type RecordProvenance
} from './indicator-table';
import { buildSupplySql } from '../../core/indicators/supply-sql';
import { EU, TOTAL, UNKNOWN } from './sql-parts';

// Supply (DOMAIN.md, "Uptake"): the SQL is core/indicators/supply-sql.ts.

export const SUPPLY_COLUMNS: readonly IndicatorColumn[] = [
	{ name: 'geo', type: 'utf8', description: `Member State of the offer, or ${EU}` },
	{
		name: 'provider_type',
		type: 'utf8',
		description: `Type of provider; ${TOTAL} all, ${UNKNOWN} not given`
	},
	{ name: 'offers', type: 'int32', description: 'Micro-credential offers in the catalogue' },
	{
		name: 'offers_in_public_catalogue',
		type: 'int32',
		description: 'Offers listed in a public catalogue (e.g. Europass)'
	},
	{
		name: 'share_in_public_catalogue',
		type: 'float64',
		description: 'offers_in_public_catalogue / offers, %'
	},
	{ name: 'providers', type: 'int32', description: 'Distinct providers with an offer' },
	{
		name: 'flags',
		type: 'utf8',
		description: 'c = confidential (never set: offers are not people)'
	}
];

export async function computeSupplyTable(options: {
	db: NativeDuckDB;
	minCell: number;
	provenance: RecordProvenance;
}): Promise<TableToPublish> {
	const raw = await options.db.all<IndicatorRow>(buildSupplySql());
	return buildIndicatorTable({
		name: 'supply',
		title: 'Micro-credential offers by country and provider type',
		rows: raw.map((row): IndicatorRow => ({ ...row, flags: '' })),
		columns: SUPPLY_COLUMNS,
		provenance: options.provenance,
		minCell: options.minCell
	});
}
