import type { ManifestTable } from '$core/contract/manifest';
import {
	ANNEX1_BY_PROVIDER_TYPE_TABLE,
	ANNEX1_TABLE,
	ANNEX2_TABLE,
	CREDENTIAL_ELEMENTS_TABLE,
	PROVIDER_QUALITY_TABLE
} from '$core/queries/quality';
import type { QualityFigureOptions } from './chart-parts';
import { qualityCountriesFigure } from './countries-figure';
import { qualityCredentialsFigure } from './credentials-figure';
import { qualityElementsFigure } from './elements-figure';
import { qualityMissingFigure } from './missing-figure';
import { qualityPrinciplesFigure } from './principles-figure';
import { qualityProviderTypesFigure } from './provider-types-figure';
import { qualityProvidersFigure } from './providers-figure';
import { qualityTrendFigure } from './trend-figure';

/** The published tables the quality page reads. */
export const QUALITY_TABLES = [
	ANNEX1_TABLE,
	ANNEX1_BY_PROVIDER_TYPE_TABLE,
	ANNEX2_TABLE,
	PROVIDER_QUALITY_TABLE,
	CREDENTIAL_ELEMENTS_TABLE
] as const;

/** The figures are drawn from synthetic tables when any table they read is (manifest kind). */
export function qualityFigureOptions(tables: readonly ManifestTable[]): QualityFigureOptions {
	return { synthetic: tables.some((t) => t.kind === 'synthetic') };
}

/** Every figure of the quality page, in the page's order. */
export function createQualityFigures(options: QualityFigureOptions) {
	return {
		elements: qualityElementsFigure(options),
		missing: qualityMissingFigure(options),
		providerTypes: qualityProviderTypesFigure(options),
		trend: qualityTrendFigure(options),
		countries: qualityCountriesFigure(options),
		principles: qualityPrinciplesFigure(options),
		credentials: qualityCredentialsFigure(options),
		providers: qualityProvidersFigure(options)
	} as const;
}

export type QualityFigures = ReturnType<typeof createQualityFigures>;
