import type { ReportBlock } from './report-html';

// The sections of a report, in the order they are printed. A section's id is its anchor and the
// key of the commentary a ministry writes for it (commentary-store.ts).

export const NATIONAL_SECTIONS = [
	'summary',
	'participation',
	'uptake',
	'inclusion',
	'quality',
	'measures'
] as const;

export const EU_SECTIONS = [
	'summary',
	'participation',
	'uptake',
	'inclusion',
	'quality',
	'coverage'
] as const;

export type ReportSectionId = (typeof NATIONAL_SECTIONS)[number] | (typeof EU_SECTIONS)[number];

/** The report of the Commission comparing every Member State (para 22); the others are national. */
export const EU_REPORT = 'eu';

/** A section as a report page shows it: its generated text (its figures come by section). */
export interface ReportSectionView {
	readonly id: ReportSectionId;
	readonly blocks: readonly ReportBlock[];
}
