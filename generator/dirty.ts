import { COL, type IssuanceColumn } from './columns';
import { civilFromDays, formatYmd } from './dates';
import type { RecordFormatter } from './format';
import type { SyntheticIssuance } from './issuance';
import type { Rng } from './prng';

/**
 * Every kind of broken issuance row the validators are expected to catch, with its weight.
 * The missing_* kinds are rows broken on purpose and listed in the ledger; they are made from a
 * complete row, so the one emptied element is the row's only problem. They are distinct from the
 * clean gaps of completeness.ts: unlisted valid rows that lack an element, as real exports do.
 */
export const ISSUANCE_DIRTY_WEIGHTS = {
	unknown_country: 2,
	impossible_date: 2,
	future_date: 2,
	unparseable_date: 2,
	negative_ects: 2,
	non_numeric_ects: 1,
	invalid_eqf: 2,
	unknown_participation_form: 2,
	unknown_assessment_type: 1,
	unknown_quality_assurance: 1,
	missing_learner_id: 1,
	missing_title: 1,
	missing_issuer_country: 1,
	missing_awarding_body: 1,
	missing_issue_date: 1,
	missing_learning_outcomes: 1,
	missing_workload: 1,
	missing_assessment_type: 1,
	missing_participation_form: 1,
	missing_quality_assurance: 1,
	duplicate_credential_id: 2,
	formula_injection: 2,
	script_injection: 2,
	very_long_field: 1,
	wrong_field_count: 2
} as const;
export type IssuanceDirtyKind = keyof typeof ISSUANCE_DIRTY_WEIGHTS;
export const ISSUANCE_DIRTY_KINDS = Object.keys(ISSUANCE_DIRTY_WEIGHTS) as IssuanceDirtyKind[];

/** Longer than a spreadsheet cell may hold (32 767 characters). */
export const VERY_LONG_LENGTH = 40_000;

export const FORMULAS = [
	'=HYPERLINK("http://example.invalid/phish","Download your certificate")',
	"+cmd|' /C calc'!A0",
	'@SUM(A1:A10)',
	"-2+3+cmd|' /C calc'!A0",
	'=1+1'
];
export const SCRIPTS = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];

/**
 * Places one dirty row in every block of 1/rate rows (at a random offset inside the block), so
 * the dirty share is exact to one row while positions still look random. Kinds come from a
 * shuffled bag, so every kind shows up once the dirty rows outnumber the bag.
 */
export class DirtySchedule<K extends string> {
	private readonly blockSize: number;
	private block = 0;
	private nextIndex = -1;
	private bag: K[] = [];

	constructor(
		private readonly rng: Rng,
		rate: number,
		private readonly weights: Readonly<Record<K, number>>
	) {
		this.blockSize = rate > 0 ? 1 / Math.min(1, rate) : Infinity;
		this.advance();
	}

	private advance(): void {
		if (!Number.isFinite(this.blockSize)) return;
		const start = Math.ceil(this.block * this.blockSize);
		const end = Math.ceil((this.block + 1) * this.blockSize);
		this.nextIndex = start + this.rng.int(end - start);
		this.block++;
	}

	isDirty(index: number): boolean {
		if (index !== this.nextIndex) return false;
		this.advance();
		return true;
	}

	nextKind(): K {
		if (this.bag.length === 0) {
			for (const [kind, weight] of Object.entries(this.weights) as [K, number][]) {
				for (let i = 0; i < weight; i++) this.bag.push(kind);
			}
			this.rng.shuffle(this.bag);
		}
		return this.bag.pop() as K;
	}

	/** A kind that could not be used yet (a duplicate needs an earlier row) goes back in. */
	putBack(kind: K): void {
		this.bag.unshift(kind);
	}
}

export interface DirtyRow {
	readonly fields: string[];
	readonly column: IssuanceColumn | '';
	/** Fields to add (+) or drop (-) when writing: a row of the wrong width. */
	readonly fieldDelta: number;
}

const MISSING: Partial<Record<IssuanceDirtyKind, IssuanceColumn>> = {
	missing_learner_id: 'learner_id',
	missing_title: 'title',
	missing_issuer_country: 'issuer_country',
	missing_awarding_body: 'awarding_body',
	missing_issue_date: 'issue_date',
	missing_learning_outcomes: 'learning_outcomes',
	missing_assessment_type: 'assessment_type',
	missing_participation_form: 'participation_form',
	missing_quality_assurance: 'quality_assurance'
};

const IMPOSSIBLE_DAYS: readonly (readonly [number, number])[] = [
	[2, 30],
	[2, 31],
	[4, 31],
	[6, 31],
	[9, 31],
	[11, 31]
];
const UNPARSEABLE_DATES = ['n/a', 'TBD', 'Q3 2022', 'last week', '2023/13', '##########', '20231'];

/**
 * Breaks one formatted row in exactly one way; `previous` is the last clean row of the same
 * file (the source of a duplicate).
 */
export function applyIssuanceDirt(
	kind: IssuanceDirtyKind,
	row: string[],
	record: SyntheticIssuance,
	formatter: RecordFormatter,
	rng: Rng,
	previous: readonly string[]
): DirtyRow {
	const style = formatter.profile.dateStyle;
	const set = (column: IssuanceColumn, value: string): DirtyRow => {
		row[COL[column]] = value;
		return { fields: row, column, fieldDelta: 0 };
	};
	const missing = MISSING[kind];
	if (missing) return set(missing, '');
	switch (kind) {
		case 'unknown_country':
			return set('issuer_country', rng.pick(['XX', 'ZZ', 'Atlantis', 'QQQ']));
		case 'impossible_date': {
			const [month, day] = rng.pick(IMPOSSIBLE_DAYS);
			return set('issue_date', formatYmd(record.year, month, day, style));
		}
		case 'future_date': {
			// A typing slip 20xx -> 22xx: far in the future whatever the date of the run.
			const { year, month, day } = civilFromDays(record.day);
			const safeDay = month === 2 && day === 29 ? 28 : day;
			return set('issue_date', formatYmd(year + 200, month, safeDay, style));
		}
		case 'unparseable_date':
			return set('issue_date', rng.pick(UNPARSEABLE_DATES));
		case 'negative_ects':
			row[COL.workload_hours] = '';
			return set('ects', `-${formatter.number(record.offer.ects)}`);
		case 'non_numeric_ects':
			row[COL.workload_hours] = '';
			return set('ects', rng.pick(['three', 'approx. two', '2..5']));
		case 'invalid_eqf':
			return set('eqf_level', rng.pick(['9', 'X', '10', 'EQF 9', 'Level 12']));
		case 'unknown_participation_form':
			return set('participation_form', rng.pick(['correspondence', 'by post', 'mixed?']));
		case 'unknown_assessment_type':
			return set('assessment_type', rng.pick(['attendance certificate', 'coin toss', 'tbc']));
		case 'unknown_quality_assurance':
			return set('quality_assurance', rng.pick(['self-declared', 'pending review', 'gold']));
		case 'missing_workload':
			row[COL.workload_hours] = '';
			return set('ects', '');
		case 'duplicate_credential_id': {
			const copy = [...previous];
			// Half are the same row exported twice, half a re-issue on another day.
			if (rng.chance(0.5)) copy[COL.issue_date] = row[COL.issue_date];
			return { fields: copy, column: 'credential_id', fieldDelta: 0 };
		}
		case 'formula_injection': {
			const column = rng.pick(['title', 'awarding_body', 'learning_outcomes'] as const);
			return set(column, rng.pick(FORMULAS));
		}
		case 'script_injection': {
			const script = rng.pick(SCRIPTS);
			return set('title', rng.chance(0.5) ? script : `${row[COL.title]} ${script}`);
		}
		case 'very_long_field': {
			const unit = `${row[COL.title]} `;
			return set(
				'title',
				unit.repeat(Math.ceil(VERY_LONG_LENGTH / unit.length)).slice(0, VERY_LONG_LENGTH)
			);
		}
		case 'wrong_field_count':
			return { fields: row, column: '', fieldDelta: rng.chance(0.5) ? 2 : -3 };
		default:
			throw new Error(`unhandled dirty kind ${kind}`);
	}
}
