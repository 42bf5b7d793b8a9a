import type { TargetRow } from '$core/queries/participation-targets';
import type { MessageKey, Translate } from '$lib/i18n/translate';

const STATUSES = new Set([
	'target_achieved',
	'substantial_progress',
	'moderate_progress',
	'limited_progress',
	'moving_away'
]);

/** The progress status in words; a reason for none ('missing_baseline', ...) is "not assessed". */
export function statusLabel(t: Translate, status: string | null): string | null {
	if (status === null) return null;
	return STATUSES.has(status)
		? t(`target.status.${status}` as MessageKey)
		: t('target.status.not_assessed');
}

/** What a reader must know about a row's target, in words; null when nothing. */
export function caveatLabel(t: Translate, row: TargetRow): string | null {
	if (row.target_caveat === 'conflicting_sources') {
		return row.alternative_target_value === null
			? t('target.caveat.conflict')
			: t('target.caveat.conflict_with', {
					value: row.alternative_target_value,
					status: statusLabel(t, row.alternative_progress_status) ?? ''
				});
	}
	if (row.target_value === null) return t('target.caveat.no_target');
	return null;
}

/**
 * A source's note that only says the value was checked against another table ("identical in
 * …"): provenance, not something a reader must know beside the figure.
 */
export function isCheckNote(note: string): boolean {
	return /^identical in [^;]*$/.test(note);
}
