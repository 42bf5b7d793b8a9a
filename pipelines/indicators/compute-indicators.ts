import type { DataKind, ManifestInput } from '../../core/contract/manifest';
import { DEFAULT_MIN_CELL } from '../../core/methods/disclosure';
import type { NativeDuckDB } from '../stages/duckdb-native';
import type { TableToPublish } from '../publish/publish-tables';
import type { TableAudit } from '../disclosure/table-audit';
import { computeAnnex1CompletenessTable } from './annex1-completeness';
import { computeAnnex2PrinciplesTable } from './annex2-principles';
import { computeInclusionTable } from './inclusion';
import type { RecordProvenance } from './indicator-table';
import { computeProviderQualityTable } from './provider-quality';
import { computeSupplyTable } from './supply';
import { computeUptakeTable } from './uptake';

/**
 * The indicator tables, disclosure-controlled and ready to publish. `db` holds the record store
 * (issuance, catalogue, providers) and the official inputs (population, official_long). Throws
 * when a table fails the disclosure audit.
 */
export async function computeIndicatorTables(options: {
	db: NativeDuckDB;
	/** A count of learners (or records) in (0, minCell) is suppressed; 5 by default. */
	minCell?: number;
	/** Provenance of the records: the default dataset is synthetic. */
	kind: DataKind;
	/** Input files the record store was built from. */
	inputs: readonly ManifestInput[];
	/** Date the records were extracted (YYYY-MM-DD), when known. */
	extractionDate?: string | null;
	/** Receives the attacker's audit of each table that has one (uptake so far). */
	onAudit?: (audit: TableAudit) => void;
}): Promise<TableToPublish[]> {
	const minCell = options.minCell ?? DEFAULT_MIN_CELL;
	if (!Number.isInteger(minCell) || minCell < 1) {
		throw new Error(`indicators: minCell must be a positive integer, got ${minCell}`);
	}
	const provenance: RecordProvenance = {
		kind: options.kind,
		inputs: options.inputs,
		extractionDate: options.extractionDate ?? null
	};
	const stage = { db: options.db, minCell, provenance, onAudit: options.onAudit };
	// One after another: the connection runs one query at a time anyway, and memory stays bounded.
	const tables: TableToPublish[] = [];
	for (const compute of [
		computeUptakeTable,
		computeInclusionTable,
		computeAnnex1CompletenessTable,
		computeProviderQualityTable,
		computeAnnex2PrinciplesTable,
		computeSupplyTable
	]) {
		tables.push(await compute(stage));
	}
	return tables;
}
