import { readManifest, readPublishedRows } from '$lib/server/published-data';
import {
	PARTICIPATION_TABLE,
	selectParticipationRows,
	type ParticipationRow
} from '$core/queries/adult-participation';
import { DEFAULT_VIEW } from '$lib/state/participation-view';
import { renderChartToSvg } from '$lib/charts/echarts';
import { toLang } from '$lib/i18n/langs';
import { buildParticipationOption } from '$lib/state/participation-chart';
import { buildParticipationSeries } from '$lib/state/participation-series';
import type { PageServerLoad } from './$types';

const CHART_SIZE = { width: 880, height: 420 };

interface SourceRow extends ParticipationRow {
	readonly sex: string;
	readonly age: string;
}

export const load: PageServerLoad = ({ params }) => {
	const lang = toLang(params.lang);
	const manifest = readManifest();
	// A build without the official statistics still has this page, saying what is missing.
	if (!manifest.tables.some((t) => t.name === PARTICIPATION_TABLE)) {
		return {
			table: null,
			pipelineVersion: manifest.pipelineVersion,
			geos: [] as string[],
			rows: [] as ParticipationRow[],
			chartSvg: ''
		};
	}
	const { table, rows } = readPublishedRows<SourceRow>(PARTICIPATION_TABLE);
	const selected = selectParticipationRows(rows, DEFAULT_VIEW);
	const series = buildParticipationSeries(selected, DEFAULT_VIEW.geos, lang);
	return {
		table,
		pipelineVersion: manifest.pipelineVersion,
		geos: [...new Set(rows.map((r) => r.geo))].sort(),
		rows: selected,
		chartSvg: renderChartToSvg(buildParticipationOption(series, lang), CHART_SIZE)
	};
};
