import type { ParticipationSource } from '$core/queries/participation-sources';
import type { MessageKey, Translate } from '$lib/i18n/translate';

/** The survey and definition of a source, as every view names it. */
export function sourceLabel(t: Translate, source: ParticipationSource): string {
	return t(`target.source.${source}` as MessageKey);
}

/** What a source measures and how it differs from the others. */
export function sourceDefinition(t: Translate, source: ParticipationSource): string {
	return t(`target.source.${source}.definition` as MessageKey);
}
