/**
 * The table behind a figure: what the data table shows, and exactly what the figure's CSV
 * download holds (one CSV row per table row, in the same order).
 */
export interface TableColumn {
	/** Stable key: the cells' data-key in the data table, for tests and styles. */
	readonly key: string;
	/** Header text, already translated. */
	readonly label: string;
	/** 'label' columns name the row (text, row headers); 'value' columns hold numbers with flags. */
	readonly kind: 'label' | 'value';
	/** Decimal places of this value column when they differ from the table's. */
	readonly digits?: number;
}

export interface TableCell {
	/** A number for value columns, a text for label columns; null when not available. */
	readonly value: string | number | null;
	/** Eurostat-style flag letters ('b', 'e', 'p', 'c' ...), '' or absent when none. */
	readonly flags?: string;
	/**
	 * Why a value cell has no number, in words ('hidden', 'no baseline'): shown instead of ':'
	 * and written into the CSV in place of the empty cell. Absent: ':' (not available).
	 */
	readonly missing?: string;
}

export interface TableModel {
	readonly caption: string;
	readonly columns: readonly TableColumn[];
	readonly rows: readonly (readonly TableCell[])[];
	/** Decimal places of the value columns as shown. */
	readonly digits: number;
	/** Unit of the value columns, already translated (e.g. "% of adults aged 25-64"). */
	readonly unit: string;
}
