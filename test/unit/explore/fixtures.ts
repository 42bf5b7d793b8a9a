// Console results made in the test, with the Arrow types DuckDB gives.
import {
	Bool,
	DateDay,
	Float64,
	Int32,
	Table,
	TimestampMillisecond,
	Utf8,
	vectorFromArray
} from 'apache-arrow';
import { createResultView, type ResultView } from '../../../src/lib/explore/result-view';

export function resultOf(table: Table): ResultView {
	return createResultView({ schema: table.schema, batches: table.batches });
}

/** Four countries, a hidden cell (flag c) and a plain NULL. */
export function sampleTable(): Table {
	return new Table({
		geo: vectorFromArray(['AT', 'BE', '=HYPERLINK("x")', 'DE'], new Utf8()),
		year: vectorFromArray([2024, 2024, 2024, 2025], new Int32()),
		credentials: vectorFromArray([120, null, 7, null], new Int32()),
		share: vectorFromArray([12.5, null, 0.25, 3], new Float64()),
		flags: vectorFromArray(['', 'c', '', ''], new Utf8()),
		active: vectorFromArray([true, false, null, true], new Bool()),
		day: vectorFromArray(
			[Date.UTC(2024, 0, 2), null, Date.UTC(2024, 11, 31), Date.UTC(2000, 1, 29)],
			new DateDay()
		),
		at: vectorFromArray(
			[Date.UTC(2024, 0, 2, 3, 4, 5), null, Date.UTC(2024, 0, 2, 3, 4, 5, 250), 0],
			new TimestampMillisecond()
		)
	});
}

export function sampleView(): ResultView {
	return resultOf(sampleTable());
}
