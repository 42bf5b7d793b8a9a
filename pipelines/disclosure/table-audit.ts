import type { AuditReport } from './interval-audit';

/** The attacker's audit of one published table. */
export interface TableAudit {
	readonly table: string;
	readonly report: AuditReport;
	readonly millis: number;
}

/**
 * What the run report keeps of an audit: counts and the narrowest interval, never timings (the
 * report must be byte-identical on a re-run). Findings are listed by cell id and interval, the
 * first 20; the ids name published categories, never a learner.
 */
export function auditSummary(audit: TableAudit) {
	const { report } = audit;
	const exact = report.findings.filter((f) => f.kind !== 'interval').length;
	return {
		table: audit.table,
		sensitiveCells: report.sensitiveCells,
		hiddenCells: report.hiddenCells,
		cellsChecked: report.cellsChecked,
		findings: report.findings.length,
		recoveredExactly: exact,
		narrowest: report.narrowest
			? { cell: report.narrowest.cell, min: report.narrowest.min, max: report.narrowest.max }
			: null,
		firstFindings: report.findings
			.slice(0, 20)
			.map((f) => ({ cell: f.cell, min: f.min, max: f.max }))
	};
}
