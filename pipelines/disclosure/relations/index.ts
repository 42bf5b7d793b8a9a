import { annex1Relations } from './annex1';
import { annex1ProviderTypeRelations } from './annex1-provider-type';
import { annex1UptakeRelations } from './cross-tables';
import { inclusionDerivedCells, inclusionRelations } from './inclusion';
import { annex2Relations, credentialElementsRelations, providerQualityRelations } from './quality';
import { topicOverlapCells } from './overlaps';
import type { DerivedCellBuilder, RelationBuilder } from './types';
import { uptakeRelations } from './uptake';

/** Every relation an outsider can verify between the published tables (each skips tables absent). */
export const PUBLISHED_RELATIONS: readonly RelationBuilder[] = [
	uptakeRelations,
	inclusionRelations,
	annex1Relations,
	annex1UptakeRelations,
	annex1ProviderTypeRelations,
	providerQualityRelations,
	annex2Relations,
	credentialElementsRelations
];

/** Counts an outsider can compute from the published tables without a column of their own. */
export const DERIVED_CELLS: readonly DerivedCellBuilder[] = [
	topicOverlapCells,
	inclusionDerivedCells
];
