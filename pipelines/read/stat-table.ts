/** A multi-dimensional statistics table read from Eurostat bulk TSV or SDMX-CSV. */
export interface StatObservation {
	/** Dimension values in the order of `StatTable.dimensions`. */
	readonly dims: readonly string[];
	readonly period: string;
	readonly value: number | null;
	readonly flags: string;
}

export interface StatTable {
	readonly dimensions: readonly string[];
	readonly observations: readonly StatObservation[];
}
