// The report's generated sentences: from the rows, through the message catalogue. Data values
// (a measure's title) go into the text as text; nothing here is markup.

import type { ManifestTable } from '$core/contract/manifest';
import type { MeasureRow } from '$core/queries/national-measures';
import type { CountryTargetRow } from '$core/queries/participation-targets';
import { categoryLabel } from '$lib/dashboards/target/classification';
import { statusLabel } from '$lib/dashboards/target/labels';
import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import { createTranslator } from '$lib/i18n/translate';
import { codeLabel } from '$lib/i18n/vocabulary';
import { releaseText, type DataRelease } from '$lib/kit/figure-sources';
import { measuresByParagraph, REPORTED_PARAGRAPHS } from './measures-by-paragraph';
import type { ReportBlock } from './report-html';

/** A Member State's level against its national 2030 target, and the EU's against 60 %. */
export function targetSentences(options: {
	target: CountryTargetRow | null;
	eu: CountryTargetRow | null;
	lang: Lang;
}): string[] {
	const { target, eu, lang } = options;
	const t = createTranslator(lang);
	const pct = createNumberFormat(lang, 1);
	const sentences: string[] = [];
	if (target && target.latest_value !== null) {
		sentences.push(
			t('country.target.level', { value: pct(target.latest_value), year: target.latest_year })
		);
		sentences.push(
			target.target_value !== null
				? t('country.target.target', {
						target: pct(target.target_value),
						year: target.target_year,
						gap: pct(target.gap_pp ?? 0),
						status: statusLabel(t, target.progress_status) ?? ''
					})
				: t('country.target.none')
		);
	}
	if (eu && eu.latest_value !== null && eu.target_value !== null) {
		sentences.push(
			t('report.summary.eu', {
				target: pct(eu.target_value),
				year: eu.target_year,
				value: pct(eu.latest_value),
				latest: eu.latest_year
			})
		);
	}
	if (target?.scoreboard_category) {
		sentences.push(
			t('country.target.category', { category: categoryLabel(t, target.scoreboard_category) })
		);
	}
	return sentences;
}

/** How many measures a Member State reports, by status, and under how many paragraphs. */
export function measuresSentence(rows: readonly MeasureRow[], lang: Lang): string {
	const t = createTranslator(lang);
	const groups = measuresByParagraph(rows);
	const count = (status: string) => rows.filter((r) => r.status === status).length;
	return t('report.summary.measures', {
		count: rows.length,
		implemented: count('implemented'),
		in_progress: count('in_progress'),
		planned: count('planned'),
		paragraphs: groups.filter((g) => g.measures.length > 0).length,
		total: REPORTED_PARAGRAPHS.length
	});
}

/**
 * The measures of each paragraph 6 to 15 with their status, one line per paragraph; a paragraph
 * without a measure says so.
 */
export function measuresBlocks(rows: readonly MeasureRow[], lang: Lang): ReportBlock[] {
	const t = createTranslator(lang);
	const items = measuresByParagraph(rows).map(({ paragraph, measures }) => {
		if (measures.length === 0) return t('report.measures.none', { paragraph });
		const list = measures
			.map((m) =>
				t('report.measures.item', {
					title: m.title,
					status: codeLabel(t, 'measure_status', m.status)
				})
			)
			.join('; ');
		return t('report.measures.paragraph', { paragraph, count: measures.length, list });
	});
	return [{ kind: 'list', items }];
}

/** The sources and methods annex: the tables read, the methods, the release. */
export function annexBlocks(options: {
	tables: readonly ManifestTable[];
	figures: readonly { readonly label: string; readonly title: string }[];
	release: DataRelease;
	lang: Lang;
}): ReportBlock[] {
	const { tables, release, lang } = options;
	const t = createTranslator(lang);
	const kind = (table: ManifestTable) =>
		t(table.kind === 'synthetic' ? 'kind.synthetic' : 'kind.official');
	const blocks: ReportBlock[] = [
		{ kind: 'paragraph', text: t('report.annex.intro') },
		{ kind: 'paragraph', text: t('report.annex.figures') },
		{ kind: 'list', items: options.figures.map((f) => `${f.label}. ${f.title}`) },
		{ kind: 'paragraph', text: t('report.annex.tables') },
		{
			kind: 'list',
			items: tables.map((table) =>
				t('report.annex.table', {
					name: table.name,
					kind: kind(table),
					publisher: table.source.publisher,
					dataset: table.source.dataset,
					extracted: table.source.extractionDate ?? '–',
					licence: table.source.licence
				})
			)
		},
		{ kind: 'paragraph', text: t('report.annex.disclosure') },
		{ kind: 'paragraph', text: t('report.annex.classification') }
	];
	if (tables.some((table) => table.kind === 'synthetic')) {
		blocks.push({ kind: 'paragraph', text: t('report.annex.synthetic') });
	}
	blocks.push({ kind: 'paragraph', text: releaseText(release, t) });
	return blocks;
}
