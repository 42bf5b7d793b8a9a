import type { DataKind, ManifestInput } from '../../core/contract/manifest';
import { DEFAULT_MIN_CELL } from '../../core/methods/cell-key';
import type { NativeDuckDB } from '../stages/duckdb-native';
import type { TableToPublish } from '../publish/publish-tables';
import type { ProtectedTable } from '../disclosure/protected-table';
import { computeAnnex1ByProviderTypeTable } from './annex1-by-provider-type';
import { computeAnnex1CompletenessTable } from './annex1-completeness';
import { computeAnnex2PrinciplesTable } from './annex2-principles';
import { computeInclusionTable } from './inclusion';
import type { RecordProvenance } from './indicator-table';
import { computeProviderQualityTable } from './provider-quality';
import { computeSupplyTable } from './supply';
import { computeUptakeTable } from './uptake';

export interface IndicatorTables {
	/** Tables of counts of persons or records: to go through protectTables before publishing. */
	readonly protected: ProtectedTable[];
	/** Tables that count no person or record (catalogue offers, providers). */
	readonly plain: TableToPublish[];
}

/**
 * The indicator tables, with true and perturbed counts. `db` holds the record store (issuance,
 * catalogue, providers) and the official inputs (population, official_long).
 */
export async function computeIndicatorTables(options: {
	db: NativeDuckDB;
	/** Counts of 1 to minCell - 1 persons or records must not be recoverable; 5 by default. */
	minCell?: number;
	/** Provenance of the records: the default dataset is synthetic. */
	kind: DataKind;
	/** Input files the record store was built from. */
	inputs: readonly ManifestInput[];
	/** Date the records were extracted (YYYY-MM-DD), when known. */
	extractionDate?: string | null;
}): Promise<IndicatorTables> {
	const minCell = options.minCell ?? DEFAULT_MIN_CELL;
	if (!Number.isInteger(minCell) || minCell < 1) {
		throw new Error(`indicators: minCell must be a positive integer, got ${minCell}`);
	}
	const provenance: RecordProvenance = {
		kind: options.kind,
		inputs: options.inputs,
		extractionDate: options.extractionDate ?? null
	};
	const stage = { db: options.db, minCell, provenance };
	// One after another: the connection runs one query at a time anyway, and memory stays bounded.
	const tables: ProtectedTable[] = [];
	for (const compute of [
		computeUptakeTable,
		computeInclusionTable,
		computeAnnex1CompletenessTable,
		computeAnnex1ByProviderTypeTable,
		computeProviderQualityTable,
		computeAnnex2PrinciplesTable
	]) {
		tables.push(await compute(stage));
	}
	return { protected: tables, plain: [await computeSupplyTable(stage)] };
}
