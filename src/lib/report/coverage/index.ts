// What a report page needs to show the data coverage (paragraph 20).
export { default as CoverageTable, coverageTableCells } from './CoverageTable.svelte';
export { default as CoverageMap } from './CoverageMap.svelte';
export { default as CoverageLegend } from './CoverageLegend.svelte';
export { coverageMapFigure, coverageTableFigure } from './figures';
export { coverageState, type CoverageState } from './state';
