import { CELL_KEY_MODULUS, DEFAULT_MIN_CELL, MAX_PERTURBATION } from '$core/methods/cell-key';
import { COMPARE_DECIMALS } from '$core/methods/round';

/** A method the published figures depend on: where it lives and the parameters it ran with. */
export interface MethodVersion {
	readonly id: string;
	readonly module: string;
	readonly parameters: Readonly<Record<string, number | string>>;
}

/** The version of the bundle's layout (bump when its files or manifest change shape). */
export const BUNDLE_FORMAT_VERSION = 1;

/**
 * The methods behind the published tables and figures (core/methods). Their code is versioned
 * with the pipelines: the release's pipelineVersion (pipelines/version.ts) names it.
 */
export const METHOD_VERSIONS: readonly MethodVersion[] = [
	{
		id: 'cell-key-perturbation',
		module: 'core/methods/cell-key.ts',
		parameters: {
			maxPerturbation: MAX_PERTURBATION,
			minCell: DEFAULT_MIN_CELL,
			cellKeyModulus: CELL_KEY_MODULUS
		}
	},
	{ id: 'distance-to-target', module: 'core/methods/distance-to-target.ts', parameters: {} },
	{
		id: 'social-scoreboard-classification',
		module: 'core/methods/classification.ts',
		parameters: {}
	},
	{
		id: 'rounding',
		module: 'core/methods/round.ts',
		parameters: { compareDecimals: COMPARE_DECIMALS }
	}
];
