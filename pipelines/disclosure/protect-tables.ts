import { EU_AGGREGATE } from '../../core/contract/countries';
import { MAX_PERTURBATION, possibleTrueCounts } from '../../core/methods/cell-key';
import type { TableToPublish } from '../publish/publish-tables';
import { compareText } from '../publish/compare-text';
import { ANNEX1_BY_PROVIDER_TYPE_TABLE } from '../indicators/annex1-by-provider-type';
import {
	auditExactness,
	indexSystem,
	summariseIntervals,
	type IndexedSystem,
	type BatchPass,
	type BoxedCell,
	type CellInterval,
	type ExactnessReport
} from './exactness-audit';
import type { AuditRelation } from './audit-relation';
import { SolverPool } from './solver-pool';
import { cellId, hideCells, type ProtectedTable } from './protected-table';
import type {
	AuditedTable,
	AuditedTables,
	DerivedCellBuilder,
	RelationBuilder
} from './relations/types';

// Disclosure control over every published count of persons or records, jointly (DOMAIN.md,
// "Privacy and statistical disclosure control"; methods text on /data):
//
// 1. every count is perturbed with its cell key (core/methods/cell-key.ts), the same noise for
//    the same units wherever they are counted;
// 2. the attacker's audit (exactness-audit.ts) takes every relation an outsider can verify
//    between the published tables, and proves, cell by cell, that no true count from 1 to
//    minCell - 1 can be read off exactly;
// 3. a cell the audit cannot prove is hidden (flag 'c') with a count whose bound pins it, and
//    the audit runs again over those cells, until it finds nothing; after MAX_ROUNDS, a cell
//    recovered exactly fails publishing, naming it, and a cell still unproved (the solver's
//    budget ran out, on sparse data) stays hidden and is named in the run report.

/** Rounds of hide-and-audit before publishing gives up. */
const MAX_ROUNDS = 6;

export interface ProtectionSummary {
	readonly method: 'cell-key perturbation';
	readonly maxPerturbation: number;
	readonly minCell: number;
	readonly tables: readonly string[];
	/** Count cells of persons or records, in every protected table. */
	readonly countCells: number;
	/** Cells whose published count differs from the true count. */
	readonly changedCells: number;
	/** Mean of |published - true| over the count cells published. */
	readonly meanAbsoluteChange: number;
	/** Cells with a true count from 1 to minCell - 1: the least any suppression would hide. */
	readonly smallCells: number;
	/**
	 * Hidden cells the audit could neither prove safe nor recover within its budget (sparse
	 * data); the run report names them. Empty on the default build.
	 */
	readonly unprovedHidden: readonly string[];
	/** Cells hidden because the audit recovered them in an earlier round. */
	readonly hiddenCells: readonly string[];
	readonly audit: {
		readonly rounds: number;
		readonly relations: number;
		readonly sensitiveCells: number;
		/** Cells the first round recovered exactly (then hidden). */
		readonly recoveredBeforeHiding: number;
		readonly findings: number;
		readonly narrowest: ExactnessReport['narrowest'];
		readonly widths: Record<string, number>;
		readonly lpSolves: number;
	};
}

export interface ProtectionResult {
	readonly tables: TableToPublish[];
	readonly summary: ProtectionSummary;
	/** The interval proved for every sensitive cell (an inner bound of the outsider's). */
	readonly proved: readonly CellInterval[];
	readonly millis: number;
}

/**
 * The outsider's box for each published count, and the caps as relations. `as: 'true counts'`
 * reads published values as exact (protection switched off: what the attacks test compares to).
 */
export function auditCells(
	tables: AuditedTables,
	as: 'perturbed counts' | 'true counts' = 'perturbed counts'
): { cells: BoxedCell[]; caps: AuditRelation[] } {
	const cells: BoxedCell[] = [];
	/** Where each cell id is in `cells`: a count repeated by another table is one cell. */
	const at = new Map<string, number>();
	const caps: AuditRelation[] = [];
	for (const { table, truth, published } of tables.values()) {
		truth.forEach((row, i) => {
			const shown = published[i];
			for (const { count, atMost, present } of table.counts) {
				const id = cellId(table, row, count);
				const seen = at.get(id);
				const value = shown[count];
				const floor = present ? 1 : 0;
				let box: { lower: number; upper: number };
				if (typeof value !== 'number') box = { lower: floor, upper: Infinity };
				else if (as === 'true counts') box = { lower: value, upper: value };
				else {
					box = possibleTrueCounts(value, present === true);
					// At its cap, the count may have been cut down to it: nothing bounds it above
					// but the cap's own true count (the relation below).
					if (atMost !== undefined && shown[atMost] === value) box.upper = Infinity;
				}
				if (seen === undefined) {
					at.set(id, cells.length);
					cells.push({ id, truth: row[count] as number, ...box });
				} else {
					// The same count published twice: the outsider knows both boxes.
					const first = cells[seen];
					if (first.truth !== row[count]) {
						throw new Error(`protect: ${id} is counted as ${first.truth} and ${row[count]}`);
					}
					cells[seen] = {
						...first,
						lower: Math.max(first.lower, box.lower),
						upper: Math.min(first.upper, box.upper)
					};
				}
				if (atMost !== undefined) {
					caps.push({
						id: `${id} <= ${atMost}`,
						terms: [
							{ cell: id, coefficient: 1 },
							{ cell: cellId(table, row, atMost), coefficient: -1 }
						],
						sense: '<='
					});
				}
			}
		});
	}
	return { cells, caps };
}

/** The outsider's whole system: boxes, caps, relations, and the counts derived from them. */
export function auditSystem(
	tables: AuditedTables,
	options: {
		relations: readonly RelationBuilder[];
		derived?: readonly DerivedCellBuilder[];
		as?: 'perturbed counts' | 'true counts';
	}
): { cells: BoxedCell[]; relations: AuditRelation[]; definedBy: Map<string, string[]> } {
	const { cells, caps } = auditCells(tables, options.as);
	const relations = [...caps, ...options.relations.flatMap((build) => build(tables))];
	/** Derived cell -> the published counts that define it. */
	const definedBy = new Map<string, string[]>();
	for (const build of options.derived ?? []) {
		const derived = build(tables);
		for (const cell of derived.cells) cells.push({ ...cell, lower: 0, upper: Infinity });
		for (const relation of derived.relations) {
			const terms = relation.terms.map((t) => t.cell);
			for (const cell of derived.cells) {
				if (terms.includes(cell.id))
					definedBy.set(
						cell.id,
						terms.filter((t) => t !== cell.id)
					);
			}
		}
		relations.push(...derived.relations);
	}
	return { cells, relations, definedBy };
}

/** Tables whose rows have no year: their counts add up over every year of the others. */
const YEARLESS_TABLES = new Set(['provider_quality', 'credential_elements']);
const ALL_YEARS = 'all years';

function tableOf(cell: BoxedCell): string {
	return cell.id.slice(0, cell.id.indexOf('|'));
}

/**
 * The first pass's batch of a cell: its table; for annex1_completeness_by_provider_type, its
 * table and element. That table's counts of one element are tied across years (a provider's
 * records add up over the years) and across countries (the EU), and its elements only by
 * inequalities: one program over the whole table had 28 000 columns and took minutes a solve,
 * one per element takes seconds.
 */
function firstBatchOf(cell: BoxedCell): string {
	const table = tableOf(cell);
	if (table !== ANNEX1_BY_PROVIDER_TYPE_TABLE) return table;
	// table|geo|year|provider_type|element|count
	return `${table}|${cell.id.split('|')[4]}`;
}

/** The country and year of a cell, read from its id once (the passes ask for every cell per batch). */
const placeOfCell = new WeakMap<BoxedCell, { geo: string; year: string }>();

function placeOf(cell: BoxedCell): { geo: string; year: string } {
	let place = placeOfCell.get(cell);
	if (!place) {
		const parts = cell.id.split('|');
		// table|geo|year|... ; provider_quality|provider|geo|... ; credential_elements has neither.
		const geo =
			parts[0] === 'provider_quality'
				? parts[2]
				: parts[0] === 'credential_elements'
					? ''
					: parts[1];
		const year = YEARLESS_TABLES.has(parts[0]) ? ALL_YEARS : parts[2];
		placeOfCell.set(cell, (place = { geo, year }));
	}
	return place;
}

/** The country of a cell: the second part of its id (third in provider_quality), or ''. */
const geoOf = (cell: BoxedCell): string => placeOf(cell).geo;

/** The year of a cell (the third part of its id: table|geo|year|...), or ALL_YEARS. */
const yearOf = (cell: BoxedCell): string => placeOf(cell).year;

/**
 * Batches of a table's cells first (see exactness-audit.ts; annex1_completeness_by_provider_type
 * one element at a time). What is left needs moves across tables: batches of a year of one
 * country in every table (with the EU's counts of that year, and the year-less counts of the
 * country and the EU), then of a year of every table (in the countries of the cells left, and
 * the EU), with the tables that have no year (whose counts add up over the years) free in each.
 * (One program over everything did not find a point in 30 seconds; a year of every country at
 * once took minutes a solve once the provider types were published.) Hidden and derived counts
 * (`isFree`) are free everywhere. A later round (after hiding) skips the table pass.
 */
export function auditPasses(
	isFree: (cell: BoxedCell) => boolean,
	firstRound: boolean
): BatchPass[] {
	return [
		...(firstRound ? [{ groupOf: firstBatchOf, alsoFree: () => isFree }] : []),
		{
			// A year of one country, every table: the EU's counts of the year move with it, and
			// the year-less counts of the country and the EU. Small programs; what they cannot
			// prove goes on to the year of every country.
			groupOf: (cell) => `${yearOf(cell)}|${geoOf(cell)}`,
			rounds: 2,
			alsoFree: (targets) => {
				const geos = targetGeos(targets);
				const years = new Set(targets.map(yearOf));
				return (cell) =>
					isFree(cell) ||
					(geoOf(cell) === EU_AGGREGATE && years.has(yearOf(cell))) ||
					(yearOf(cell) === ALL_YEARS && geos.has(geoOf(cell)));
			}
		},
		{
			groupOf: yearOf,
			rounds: 2,
			// The counts of the year in the targets' countries and the EU (the others keep their
			// true counts), and the year-less counts of the same.
			ownFree: (targets) => {
				const geos = targetGeos(targets);
				return (cell) => geos.has(geoOf(cell));
			},
			alsoFree: (targets) => {
				const geos = targetGeos(targets);
				return (cell) => isFree(cell) || (yearOf(cell) === ALL_YEARS && geos.has(geoOf(cell)));
			}
		}
	];
}

/** The countries of `targets`, and the EU. */
const targetGeos = (targets: readonly BoxedCell[]) =>
	new Set([EU_AGGREGATE, ...targets.map(geoOf)]);

/** Classes of cells that relations `a - b = 0` declare the same count (union-find). */
function copyClasses(relations: readonly AuditRelation[]): Map<string, string[]> {
	const parent = new Map<string, string>();
	const find = (id: string): string => {
		let root = id;
		while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
		return root;
	};
	for (const relation of relations) {
		const [a, b] = relation.terms;
		const isCopy =
			relation.terms.length === 2 &&
			(relation.sense ?? '=') === '=' &&
			(relation.constant ?? 0) === 0 &&
			a.coefficient === -b.coefficient &&
			a.coefficient !== 0;
		if (!isCopy) continue;
		const ra = find(a.cell);
		const rb = find(b.cell);
		parent.set(ra, ra);
		if (ra !== rb) parent.set(rb, ra);
	}
	const classes = new Map<string, string[]>();
	for (const id of parent.keys()) {
		const root = find(id);
		const members = classes.get(root) ?? [];
		members.push(id);
		classes.set(root, members);
	}
	const byCell = new Map<string, string[]>();
	for (const members of classes.values()) for (const id of members) byCell.set(id, members);
	return byCell;
}

function audited(
	tables: readonly ProtectedTable[],
	hidden: ReadonlySet<string>
): Map<string, AuditedTable> {
	const result = new Map<string, AuditedTable>();
	for (const table of tables) {
		if (result.has(table.name)) throw new Error(`protect: table ${table.name} is given twice`);
		if (table.truth.length !== table.perturbed.length) {
			throw new Error(
				`protect: ${table.name} has ${table.truth.length} true rows and ${table.perturbed.length} perturbed`
			);
		}
		const published = table.derive(hideCells(table, table.perturbed, hidden));
		result.set(table.name, { table, truth: table.truth, published });
	}
	return result;
}

function changeFigures(tables: AuditedTables, minCell: number) {
	let countCells = 0;
	let changedCells = 0;
	let smallCells = 0;
	let publishedCells = 0;
	let totalChange = 0;
	/** A count repeated by another table is counted once. */
	const seen = new Set<string>();
	for (const { table, truth, published } of tables.values()) {
		truth.forEach((row, i) => {
			for (const { count } of table.counts) {
				const id = cellId(table, row, count);
				if (seen.has(id)) continue;
				seen.add(id);
				countCells++;
				const n = row[count] as number;
				if (n >= 1 && n < minCell) smallCells++;
				const p = published[i][count];
				if (typeof p !== 'number') continue;
				publishedCells++;
				totalChange += Math.abs(p - n);
				if (p !== n) changedCells++;
			}
		});
	}
	return {
		countCells,
		changedCells,
		smallCells,
		meanAbsoluteChange: publishedCells === 0 ? 0 : totalChange / publishedCells
	};
}

/**
 * Perturbs, audits jointly over every table and relation, hides what the audit recovers, and
 * returns the tables to publish. Throws, naming the cells, when the audit still recovers a cell
 * after MAX_ROUNDS rounds.
 */
export async function protectTables(options: ProtectionOptions): Promise<ProtectionResult> {
	const solvers = new SolverPool();
	try {
		return await protectWith(options, solvers);
	} finally {
		await solvers.close();
	}
}

export interface ProtectionOptions {
	readonly tables: readonly ProtectedTable[];
	readonly relations: readonly RelationBuilder[];
	/** Counts an outsider can compute from published ones, audited too. */
	readonly derived?: readonly DerivedCellBuilder[];
	readonly minCell: number;
	/** Largest component the audit solves for one cell (exactness-audit.ts). */
	readonly maxAuditCells?: number;
}

async function protectWith(
	options: ProtectionOptions,
	solvers: SolverPool
): Promise<ProtectionResult> {
	const started = performance.now();
	const hidden = new Set<string>();
	/** Every sensitive cell proved so far, and how (proofs survive hiding: see targets). */
	const intervals = new Map<string, CellInterval>();
	let targets: Set<string> | undefined;
	let recoveredBeforeHiding = 0;
	let lpSolves = 0;
	/** Hidden after the last round without a proof either way (see the end of the loop). */
	const unproved: string[] = [];
	let system: (ReturnType<typeof auditSystem> & { indexed: IndexedSystem }) | undefined;
	for (let round = 1; ; round++) {
		const tables = audited(options.tables, hidden);
		// Hiding changes what the outsider knows of a count (its box), never a relation: those are
		// built from the true rows, and indexed (and checked) once.
		if (!system) {
			const whole = auditSystem(tables, options);
			system = { ...whole, indexed: indexSystem(whole.cells, whole.relations) };
		}
		const { relations, definedBy } = system;
		const boxes = auditCells(tables).cells;
		const cells = [...boxes, ...system.cells.slice(boxes.length)];
		const isFree = (cell: BoxedCell) => hidden.has(cell.id) || definedBy.has(cell.id);
		const publishedIds = new Set(cells.filter((c) => !definedBy.has(c.id)).map((c) => c.id));
		const report = await auditExactness({
			cells,
			system: system.indexed,
			minCell: options.minCell,
			maxCells: options.maxAuditCells,
			passes: auditPasses(isFree, targets === undefined),
			targets,
			solvers
		});
		lpSolves += report.lpSolves;
		for (const interval of report.intervals) intervals.set(interval.cell, interval);
		if (round === 1) recoveredBeforeHiding = report.findings.length;
		if (report.findings.length > 0) {
			// Hide the cell, and one more published count whose bound may pin it: the largest one
			// not yet hidden (it loses the least), so that a line is never left with one hidden
			// cell its bounds give back. A later round hides another if that was not enough. A
			// derived count cannot be hidden itself: the counts that define it are.
			// A count is hidden with all its copies (the same count under other names, tied by an
			// equality), or a copy would give it back; the partner is taken from the smallest
			// class of copies, then the largest count.
			const truthOf = new Map(cells.map((c) => [c.id, c.truth]));
			const copies = copyClasses(relations);
			const classOf = (id: string) => copies.get(id) ?? [id];
			const toHide = report.findings.flatMap((f) => {
				const partner = f.binding
					.filter((id) => publishedIds.has(id) && !hidden.has(id))
					.sort(
						(a, b) =>
							classOf(a).length - classOf(b).length ||
							truthOf.get(b)! - truthOf.get(a)! ||
							compareText(a, b)
					)[0];
				return [...(definedBy.get(f.cell) ?? [f.cell]), ...(partner ? [partner] : [])].flatMap(
					classOf
				);
			});
			const fresh = toHide.filter((cell) => publishedIds.has(cell) && !hidden.has(cell));
			const last = round >= MAX_ROUNDS || fresh.length === 0;
			const exact = report.findings.filter((f) => f.kind === 'exact');
			if (last && exact.length > 0) {
				const named = exact
					.slice(0, 12)
					.map((f) => f.cell)
					.join(', ');
				throw new Error(
					`disclosure audit: ${exact.length} small counts can be read off the published ` +
						`tables after ${round} rounds of protection: ${named}`
				);
			}
			for (const cell of fresh) hidden.add(cell);
			if (!last) {
				targets = new Set(report.findings.map((f) => f.cell));
				continue;
			}
			// Left: counts the audit could neither prove safe nor recover (their component
			// outgrew the solver's budget). They are hidden, and named in the report.
			unproved.push(...report.findings.map((f) => f.cell));
		}
		const final = unproved.length > 0 ? audited(options.tables, hidden) : tables;
		const figures = changeFigures(final, options.minCell);
		const { widths, narrowest } = summariseIntervals([...intervals.values()]);
		const summary: ProtectionSummary = {
			method: 'cell-key perturbation',
			maxPerturbation: MAX_PERTURBATION,
			minCell: options.minCell,
			tables: [...final.keys()],
			...figures,
			hiddenCells: [...hidden].sort(),
			unprovedHidden: unproved.sort(),
			audit: {
				rounds: round,
				relations: relations.length,
				sensitiveCells: report.sensitiveCells,
				recoveredBeforeHiding,
				findings: 0,
				narrowest,
				widths,
				lpSolves
			}
		};
		const built = [...final.values()].map(({ table, published }) => {
			const built = table.build(published);
			const columns = new Set(built.columns.map((c) => c.name));
			const own = new Set(
				table.truth.flatMap((row) => table.counts.map((c) => cellId(table, row, c.count)))
			);
			return {
				...built,
				protection: {
					method: 'cell-key perturbation' as const,
					maxPerturbation: MAX_PERTURBATION,
					minCell: options.minCell,
					counts: table.counts.map((c) => c.count).filter((c) => columns.has(c)),
					hiddenCells: [...hidden].filter((id) => own.has(id)).length
				}
			};
		});
		return {
			tables: built,
			summary,
			proved: [...intervals.values()],
			millis: performance.now() - started
		};
	}
}
