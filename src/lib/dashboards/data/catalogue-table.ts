import type { Manifest, ManifestTable } from '$core/contract/manifest';
import type { Translate } from '$lib/i18n/translate';
import type { TableModel } from '$lib/tables/table-model';

/** Official tables first, then synthetic ones, each by name. */
export function sortTables(manifest: Manifest): ManifestTable[] {
	return [...manifest.tables].sort(
		(a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name)
	);
}

/** The catalogue of published tables, one row per table, as the /data page shows it. */
export function buildCatalogueTable(options: {
	tables: readonly ManifestTable[];
	t: Translate;
}): TableModel {
	const { tables, t } = options;
	return {
		caption: t('data.caption'),
		digits: 0,
		unit: t('data.unit'),
		columns: [
			{ key: 'table', label: t('data.col.table'), kind: 'label' },
			{ key: 'kind', label: t('data.col.kind'), kind: 'label' },
			{ key: 'content', label: t('data.col.content'), kind: 'label' },
			{ key: 'rows', label: t('data.col.rows'), kind: 'value' },
			{ key: 'source', label: t('data.col.source'), kind: 'label' },
			{ key: 'download', label: t('data.col.download'), kind: 'label' }
		],
		rows: tables.map((table) => [
			{ value: table.name },
			{ value: table.kind === 'official' ? t('kind.official') : t('kind.synthetic') },
			{ value: table.source.title },
			{ value: table.rows },
			{
				value: `${table.source.publisher}. ${table.source.licence}. ${table.source.attribution}.`
			},
			{ value: table.file }
		])
	};
}
