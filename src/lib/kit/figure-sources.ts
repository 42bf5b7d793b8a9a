import type { ManifestTable } from '$core/contract/manifest';
import type { Translate } from '$lib/i18n/translate';

export interface DataRelease {
	readonly pipelineVersion: string;
	/** The manifest's generatedAt (ISO 8601). */
	readonly generatedAt: string;
}

/** "Eurostat, trng_lfse_04 (extracted 2025-05-01)", one per table a figure reads. */
export function sourceNames(tables: readonly ManifestTable[]): string[] {
	return tables.map((table) => {
		const { publisher, dataset, extractionDate } = table.source;
		return `${publisher}, ${dataset}${extractionDate ? ` (${extractionDate})` : ''}`;
	});
}

export function releaseText(release: DataRelease, t: Translate): string {
	return t('figure.release', {
		date: release.generatedAt.slice(0, 10),
		version: release.pipelineVersion
	});
}

/**
 * The source line drawn under a figure and written into its downloads. Synthetic tables are
 * always said to be synthetic.
 */
export function buildSourceLine(options: {
	tables: readonly ManifestTable[];
	release: DataRelease;
	t: Translate;
}): string {
	const { tables, release, t } = options;
	const parts = [t('figure.source', { sources: sourceNames(tables).join('; ') })];
	if (tables.some((table) => table.kind === 'synthetic')) parts.push(t('figure.synthetic'));
	const perturbed = tables.filter((table) => table?.protection !== undefined);
	if (perturbed.length > 0) {
		parts.push(t('figure.perturbed', { max: perturbed[0].protection!.maxPerturbation }));
	}
	parts.push(releaseText(release, t));
	return parts.join('. ') + '.';
}

/** Whether the published table `name` is synthetic (manifest kind): its figures say so. */
export function isSynthetic(tables: readonly ManifestTable[], name: string): boolean {
	return tables.find((table) => table.name === name)?.kind === 'synthetic';
}
