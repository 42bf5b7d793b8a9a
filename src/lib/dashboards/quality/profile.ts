// What other pages show of the quality page: the landing page's headline (the EU's share of
// records carrying all eleven Annex I elements) and a country profile's panel (that country's
// completeness per element, the EU beside it), each linking to the full view.
import { geoName } from '$core/contract/countries';
import { buildLatestAllElementsSql, type CompletenessRow } from '$core/queries/quality';
import type { PublishedQuery } from '$core/queries/sql-query';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator } from '$lib/i18n/translate';
import type { FigureSpec } from '$lib/kit/figure';
import { isHidden, type QualityFigureOptions } from './chart-parts';
import { qualityElementsFigure } from './elements-figure';
import { qualityState, type QualityState } from './state';

/**
 * The EU's (or a country's) share of records carrying all eleven mandatory elements in its
 * latest year, through any runner of published queries (`queryAtBuild` at build time, the
 * browser database later). null when the table has no row for it.
 */
export async function latestAllElementsShare(options: {
	geo: string;
	/** Only years before this one (the release's year: its latest complete year). */
	before?: number;
	query: <Row>(query: PublishedQuery) => Promise<readonly Row[]>;
}): Promise<CompletenessRow | null> {
	const rows = await options.query<CompletenessRow>(
		buildLatestAllElementsSql({ geo: options.geo, before: options.before })
	);
	return rows[0] ?? null;
}

/** "81.4 % of issuance records in 2026 carry all eleven mandatory Annex I elements (EU)." */
export function allElementsHeadline(row: CompletenessRow | null, lang: Lang): string {
	const t = createTranslator(lang);
	if (!row) return t('quality.headline.none');
	const country = geoName(row.geo, lang);
	if (row.share === null)
		return isHidden(row.share, row.flags)
			? t('quality.headline.hidden', { country, year: row.year })
			: t('quality.headline.none');
	return t('quality.headline.text', {
		share: createNumberFormat(lang, 1)(row.share),
		year: row.year,
		country
	});
}

/** The quality page's view of one country (latest year), for the links of other pages. */
export function qualityCountryState(geo: string): QualityState {
	return { ...qualityState.defaults(), geo };
}

/** The query string of the quality page on one country: `?geo=FR`. */
export function qualityCountryQuery(geo: string): string {
	return qualityState.serialise(qualityCountryState(geo));
}

/**
 * The completeness per element of one country in its latest year, the EU beside it, with the
 * country fixed: whatever the state of the page showing it, the figure shows that country. Its
 * full view is `/quality` + qualityCountryQuery(geo).
 */
export function qualityProfileFigure<State = unknown>(
	options: QualityFigureOptions & { geo: string }
): FigureSpec<State, CompletenessRow> {
	const figure = qualityElementsFigure(options);
	const state = qualityCountryState(options.geo);
	return {
		id: 'quality-profile',
		height: figure.height,
		query: () => figure.query(state),
		title: ({ lang }) => figure.title({ state, lang }),
		chart: ({ rows, lang }) => figure.chart({ rows, state, lang }),
		table: ({ rows, lang }) => figure.table({ rows, state, lang }),
		notes: ({ rows, lang }) => figure.notes?.({ rows, state, lang }) ?? []
	};
}
