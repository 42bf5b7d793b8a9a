// Rows of the inclusion table for the unit tests (a helper, not a test file).
import type { InclusionRow } from '../../../core/queries/inclusion';

export function inclusionRow(more: Partial<InclusionRow> = {}): InclusionRow {
	return {
		geo: 'PT',
		year: 2025,
		group: 'low_qualified',
		published: true,
		learners_in_group: 90,
		learners_with_known_attribute: 1000,
		share_of_learners: 9,
		population_share: 21,
		population_year: 2021,
		population_basis: 'Y25-64',
		population_flags: '',
		representation_ratio: 9 / 21,
		aes_group_rate: 17,
		aes_total_rate: 34,
		aes_rate_ratio: 0.5,
		aes_year: 2022,
		aes_flags: '',
		flags: '',
		...more
	};
}

/** A hidden cell as the pipeline publishes it: null counts and derived values, flag c. */
export const hiddenRow = (more: Partial<InclusionRow> = {}) =>
	inclusionRow({
		learners_in_group: null,
		learners_with_known_attribute: null,
		share_of_learners: null,
		representation_ratio: null,
		flags: 'c',
		...more
	});
