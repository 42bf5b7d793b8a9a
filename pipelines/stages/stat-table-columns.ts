import type { ColumnSpec } from '../publish/arrow-table';
import type { StatTable } from '../read/stat-table';
import { EUROSTAT_FLAGS } from '../../core/contract/eurostat-flags';

const ANNUAL = /^\d{4}$/;

/**
 * Long-format columns of a Eurostat table: one text column per dimension, the period, the year
 * for annual data, the value and its flags. Rows are sorted by
 * dimensions then period so that the output does not depend on the input's row order.
 */
export function statTableColumns(table: StatTable): ColumnSpec[] {
	const { dimensions } = table;
	const observations = [...table.observations].sort((a, b) => {
		for (let i = 0; i < a.dims.length; i++) {
			if (a.dims[i] !== b.dims[i]) return a.dims[i] < b.dims[i] ? -1 : 1;
		}
		return a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
	});
	const annual = observations.every((o) => ANNUAL.test(o.period));
	const columns: ColumnSpec[] = dimensions.map((name, i) => ({
		name: name.toLowerCase(),
		type: 'utf8',
		values: observations.map((o) => o.dims[i])
	}));
	columns.push({ name: 'time_period', type: 'utf8', values: observations.map((o) => o.period) });
	if (annual)
		columns.push({
			name: 'year',
			type: 'int32',
			values: observations.map((o) => Number(o.period))
		});
	columns.push({ name: 'value', type: 'float64', values: observations.map((o) => o.value) });
	columns.push({ name: 'flags', type: 'utf8', values: observations.map((o) => o.flags) });
	return columns;
}

/** The legend of the flags that actually occur. */
export function flagsLegend(flags: Iterable<string>): Record<string, string> {
	const present = new Set<string>();
	for (const f of flags) for (const ch of f) present.add(ch);
	return Object.fromEntries(
		[...present].sort().map((ch) => [ch, EUROSTAT_FLAGS[ch as keyof typeof EUROSTAT_FLAGS] ?? ch])
	);
}
