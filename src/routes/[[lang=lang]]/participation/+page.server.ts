import { readManifest, readPublishedRows } from '$lib/server/published-data';
import {
	PARTICIPATION_TABLE,
	selectParticipationRows,
	type ParticipationRow
} from '$lib/queries/adult-participation';
import { DEFAULT_VIEW } from '$lib/state/participation-view';

interface SourceRow extends ParticipationRow {
	readonly sex: string;
	readonly age: string;
}

export function load() {
	const manifest = readManifest();
	// A build without the official statistics still has this page, saying what is missing.
	if (!manifest.tables.some((t) => t.name === PARTICIPATION_TABLE)) {
		return { table: null, pipelineVersion: manifest.pipelineVersion, geos: [], rows: [] };
	}
	const { table, rows } = readPublishedRows<SourceRow>(PARTICIPATION_TABLE);
	return {
		table,
		pipelineVersion: manifest.pipelineVersion,
		geos: [...new Set(rows.map((r) => r.geo))].sort(),
		rows: selectParticipationRows(rows, DEFAULT_VIEW)
	};
}
