import { describe, expect, it } from 'vitest';
import {
	ANNEX_I_ALL_PRESENT,
	ANNEX_I_MANDATORY,
	annexIBit,
	ISSUANCE_COLUMNS
} from '../../../../core/contract/issuance-record';
import {
	annexIPresent,
	RULES,
	validateIssuanceRow,
	type Issue
} from '../../../../core/contract/validate';

const TODAY = '2025-06-30';
const LEARNER = 'jane.doe@example.org';

const VALID: Readonly<Record<string, string>> = {
	learner_id: LEARNER,
	title: 'Data literacy for public servants',
	issuer_country: 'GR',
	issuer_region: 'GR30',
	awarding_body: 'University of Athens',
	awarding_body_id: 'DEQARINST0001',
	credential_id: ' MC-2024-0001 ',
	provider_id: 'PRV-EL-01',
	issue_date: '01/03/2024',
	learning_outcomes: 'Reads and critiques statistical tables',
	ects: '2,5',
	workload_hours: '70',
	eqf_level: 'Level 6',
	qf_ehea_cycle: 'first cycle',
	assessment_type: 'Examen',
	participation_form: 'face to face',
	quality_assurance: 'ESG',
	prerequisites: 'None',
	supervision: 'onsite with identity verification',
	grade: 'A',
	stackability: 'stackable',
	stackable_towards: 'MSc Data Science',
	further_information: 'https://example.org',
	provider_type: 'university',
	learning_setting: 'non-formal',
	field: '0613',
	topic: 'digital',
	digital_format: 'Open Badges 3.0',
	sealed: 'yes',
	funding: 'ESF+',
	in_nqf: 'nein',
	age_band: '35-44',
	sex: 'weiblich',
	education_level: 'ISCED 5-8',
	labour_status: 'employee',
	disability: 'no',
	migrant_background: 'oui',
	refugee: '',
	degree_of_urbanisation: 'DEG2',
	minimum_income: 'unknown',
	platform_worker: 'false'
};

function validate(changes: Record<string, string | undefined> = {}) {
	const row: Record<string, string> = { ...VALID };
	for (const [k, v] of Object.entries(changes)) {
		if (v === undefined) delete row[k];
		else row[k] = v;
	}
	return validateIssuanceRow(row, { today: TODAY });
}

function only(issues: Issue[]) {
	expect(issues).toHaveLength(1);
	return issues[0];
}

function expectError(changes: Record<string, string | undefined>, rule: string, column: string) {
	const v = validate(changes);
	expect(v.record).toBeUndefined();
	expect(v.issues.map((i) => [i.severity, i.rule, i.column])).toContainEqual([
		'error',
		rule,
		column
	]);
	return v;
}

function expectWarning(changes: Record<string, string | undefined>, rule: string, column: string) {
	const v = validate(changes);
	expect(v.record).toBeDefined();
	const issue = only(v.issues);
	expect([issue.severity, issue.rule, issue.column]).toEqual(['warning', rule, column]);
	return { record: v.record!, issue };
}

describe('validateIssuanceRow: a complete row', () => {
	it('is normalised without issues', () => {
		const v = validate();
		expect(v.issues).toEqual([]);
		expect(v.record).toEqual({
			learner_id: LEARNER,
			title: 'Data literacy for public servants',
			issuer_country: ['EL'],
			issuer_region: ['EL30'],
			awarding_body: 'University of Athens',
			awarding_body_id: 'DEQARINST0001',
			issue_date: '2024-03-01',
			learning_outcomes: 'Reads and critiques statistical tables',
			ects: 2.5,
			workload_hours: 70,
			eqf_level: 6,
			qf_ehea_cycle: 'first',
			assessment_type: 'exam',
			participation_form: 'onsite',
			quality_assurance: 'external_provider',
			prerequisites: 'None',
			supervision: 'onsite_id',
			grade: 'A',
			stackability: 'stackable',
			stackable_towards: 'MSc Data Science',
			further_information: 'https://example.org',
			credential_id: 'MC-2024-0001',
			provider_id: 'PRV-EL-01',
			provider_type: 'hei',
			learning_setting: 'non_formal',
			field: '06',
			topic: ['digital'],
			digital_format: 'open_badges_3',
			sealed: true,
			funding: 'eu_funds',
			in_nqf: false,
			age_band: '35-44',
			sex: 'F',
			education_level: 'high',
			labour_status: 'employed',
			disability: false,
			migrant_background: true,
			refugee: null,
			degree_of_urbanisation: 'town',
			minimum_income: null,
			platform_worker: false,
			annex_i_present: 2047
		});
	});

	it('builds a record with exactly the spec columns plus annex_i_present', () => {
		const keys = Object.keys(validate().record!);
		expect(keys).toEqual([...ISSUANCE_COLUMNS.map((c) => c.name), 'annex_i_present']);
	});

	it('reads a row of only country and date, with warnings for the missing elements', () => {
		const v = validateIssuanceRow(
			{ issuer_country: 'BE', issue_date: '2024-01-15' },
			{ today: TODAY }
		);
		expect(v.record).toMatchObject({
			issuer_country: ['BE'],
			issue_date: '2024-01-15',
			title: null,
			sex: 'unknown',
			topic: [],
			issuer_region: []
		});
		expect(v.record!.annex_i_present).toBe(0b00000010100);
		expect(v.issues.map((i) => [i.severity, i.rule, i.column])).toEqual([
			['warning', 'annex1.missing', 'learner_id'],
			['warning', 'annex1.missing', 'title'],
			['warning', 'annex1.missing', 'awarding_body'],
			['warning', 'annex1.missing', 'learning_outcomes'],
			['warning', 'annex1.missing', 'ects'],
			['warning', 'annex1.missing', 'eqf_level'],
			['warning', 'annex1.missing', 'assessment_type'],
			['warning', 'annex1.missing', 'participation_form'],
			['warning', 'annex1.missing', 'quality_assurance']
		]);
	});
});

describe('validateIssuanceRow: rule table', () => {
	it('field.too_long: error above 10 000 characters, not at 10 000', () => {
		const v = expectError(
			{ learning_outcomes: 'x'.repeat(10_001) },
			'field.too_long',
			'learning_outcomes'
		);
		expect(v.issues[0].value!.length).toBeLessThanOrEqual(201);
		expect(validate({ learning_outcomes: 'x'.repeat(10_000) }).issues).toEqual([]);
	});

	it('country.missing and country.unknown are errors', () => {
		expectError({ issuer_country: '' }, 'country.missing', 'issuer_country');
		expectError(
			{ issuer_country: undefined, issuer_region: '' },
			'country.missing',
			'issuer_country'
		);
		const v = expectError({ issuer_country: 'Atlantis' }, 'country.unknown', 'issuer_country');
		expect(v.issues[0].value).toBe('Atlantis');
		expect(v.issues[0].message).toContain('Atlantis');
		expectError({ issuer_country: 'BE;Atlantis' }, 'country.unknown', 'issuer_country');
	});

	it('accepts several issuer countries', () => {
		expect(validate({ issuer_country: 'BE; NL', issuer_region: 'BE10;NL32' }).record).toMatchObject(
			{
				issuer_country: ['BE', 'NL'],
				issuer_region: ['BE10', 'NL32']
			}
		);
	});

	it('region.invalid and region.country_mismatch are errors', () => {
		expectError({ issuer_region: 'Attica' }, 'region.invalid', 'issuer_region');
		const v = expectError({ issuer_region: 'FR10' }, 'region.country_mismatch', 'issuer_region');
		expect(v.issues[0].value).toBe('FR10');
		expect(validate({ issuer_region: '' }).record?.issuer_region).toEqual([]);
	});

	it('date.missing, date.invalid and date.impossible are errors', () => {
		expectError({ issue_date: '' }, 'date.missing', 'issue_date');
		expectError({ issue_date: undefined }, 'date.missing', 'issue_date');
		expectError({ issue_date: 'last spring' }, 'date.invalid', 'issue_date');
		expectError({ issue_date: '31/02/2024' }, 'date.impossible', 'issue_date');
		expectError({ issue_date: '29/02/2023' }, 'date.impossible', 'issue_date');
		expect(validate({ issue_date: '29/02/2024' }).record?.issue_date).toBe('2024-02-29');
	});

	it('date.too_early: 2000-01-01 is the first accepted day', () => {
		expect(validate({ issue_date: '2000-01-01' }).issues).toEqual([]);
		expect(validate({ issue_date: '01/01/2000' }).record?.issue_date).toBe('2000-01-01');
		expectError({ issue_date: '1999-12-31' }, 'date.too_early', 'issue_date');
	});

	it('date.future: up to the day after today is accepted (time zones)', () => {
		expect(validate({ issue_date: TODAY }).issues).toEqual([]);
		expect(validate({ issue_date: '2025-07-01' }).issues).toEqual([]);
		expectError({ issue_date: '2025-07-02' }, 'date.future', 'issue_date');
		expectError({ issue_date: '2031-01-01T00:00:00Z' }, 'date.future', 'issue_date');
	});

	it('date.future defaults to the real current date', () => {
		const v = validateIssuanceRow({ ...VALID, issue_date: '2999-01-01' });
		expect(v.issues.map((i) => i.rule)).toEqual(['date.future']);
		expect(validateIssuanceRow({ ...VALID }).record).toBeDefined();
	});

	it('ects: 0 and 180 accepted; below 0, above 180 or unreadable are errors', () => {
		expect(validate({ ects: '0', workload_hours: '' }).record?.ects).toBe(0);
		expect(validate({ ects: '180', workload_hours: '' }).record?.ects).toBe(180);
		expectError({ ects: '-0.1' }, 'number.out_of_range', 'ects');
		expectError({ ects: '180.5' }, 'number.out_of_range', 'ects');
		expectError({ ects: 'five' }, 'number.invalid', 'ects');
		expectError({ ects: 'NaN' }, 'number.invalid', 'ects');
	});

	it('workload_hours: 0 to 5 400 accepted, otherwise an error', () => {
		expect(validate({ ects: '', workload_hours: '5400' }).record?.workload_hours).toBe(5400);
		expectError({ ects: '', workload_hours: '5401' }, 'number.out_of_range', 'workload_hours');
		expectError({ ects: '', workload_hours: '-1' }, 'number.out_of_range', 'workload_hours');
		expectError({ ects: '', workload_hours: '12h' }, 'number.invalid', 'workload_hours');
	});

	it('workload: hours alone satisfy element vii and are not converted to ECTS', () => {
		const v = validate({ ects: '', workload_hours: '55' });
		expect(v.issues).toEqual([]);
		expect(v.record).toMatchObject({ ects: null, workload_hours: 55, annex_i_present: 2047 });
		expect(validate({ ects: '2', workload_hours: '' }).record).toMatchObject({
			ects: 2,
			workload_hours: null,
			annex_i_present: 2047
		});
	});

	it('annex1.missing for workload when neither ects nor hours is given', () => {
		const { record, issue } = expectWarning(
			{ ects: '', workload_hours: '' },
			'annex1.missing',
			'ects'
		);
		expect(issue.message).toContain('ects or workload_hours');
		expect(record.annex_i_present).toBe(2047 & ~64);
	});

	it('workload.inconsistent: a warning outside 20-40 hours per ECTS credit', () => {
		expect(validate({ ects: '2', workload_hours: '40' }).issues).toEqual([]);
		expect(validate({ ects: '2', workload_hours: '80' }).issues).toEqual([]);
		expectWarning({ ects: '2', workload_hours: '39' }, 'workload.inconsistent', 'workload_hours');
		expectWarning({ ects: '2', workload_hours: '81' }, 'workload.inconsistent', 'workload_hours');
		expectWarning({ ects: '0', workload_hours: '10' }, 'workload.inconsistent', 'workload_hours');
		expect(validate({ ects: '0', workload_hours: '0' }).issues).toEqual([]);
	});

	it('eqf: 1 and 8 accepted; 0, 9 and garbage are errors', () => {
		expect(validate({ eqf_level: '1', qf_ehea_cycle: '' }).record?.eqf_level).toBe(1);
		expect(validate({ eqf_level: '8', qf_ehea_cycle: '' }).record?.eqf_level).toBe(8);
		expectError({ eqf_level: '0' }, 'eqf.out_of_range', 'eqf_level');
		expectError({ eqf_level: '9' }, 'eqf.out_of_range', 'eqf_level');
		expectError({ eqf_level: 'advanced' }, 'eqf.invalid', 'eqf_level');
	});

	it('eqf: an empty cell is "not applicable", a missing column is a missing element', () => {
		const empty = validate({ eqf_level: '', qf_ehea_cycle: '' });
		expect(empty.issues).toEqual([]);
		expect(empty.record).toMatchObject({ eqf_level: null, annex_i_present: 2047 });
		const { record } = expectWarning(
			{ eqf_level: undefined, qf_ehea_cycle: undefined },
			'annex1.missing',
			'eqf_level'
		);
		expect(record.annex_i_present).toBe(2047 & ~128);
		expect(validate({ eqf_level: undefined, qf_ehea_cycle: 'second' }).record).toMatchObject({
			eqf_level: null,
			qf_ehea_cycle: 'second',
			annex_i_present: 2047
		});
	});

	it('cycle.eqf_mismatch: a warning when the cycle is not referenced to the level', () => {
		const { record } = expectWarning(
			{ eqf_level: '7', qf_ehea_cycle: 'first' },
			'cycle.eqf_mismatch',
			'qf_ehea_cycle'
		);
		expect(record).toMatchObject({ eqf_level: 7, qf_ehea_cycle: 'first' });
		expect(validate({ eqf_level: '5', qf_ehea_cycle: 'short cycle' }).issues).toEqual([]);
		expect(validate({ eqf_level: '8', qf_ehea_cycle: 'PhD' }).issues).toEqual([]);
	});

	it('code.unknown: an error in every coded Annex I and context column', () => {
		const columns = [
			'qf_ehea_cycle',
			'assessment_type',
			'participation_form',
			'quality_assurance',
			'supervision',
			'stackability',
			'provider_type',
			'learning_setting',
			'field',
			'topic',
			'digital_format',
			'funding'
		];
		for (const column of columns) {
			const v = expectError({ [column]: 'interpretive dance' }, 'code.unknown', column);
			expect(v.issues[0].value).toBe('interpretive dance');
		}
		expectError({ topic: 'digital;blue' }, 'code.unknown', 'topic');
	});

	it('boolean.invalid: an error in sealed and in_nqf', () => {
		expectError({ sealed: 'sort of' }, 'boolean.invalid', 'sealed');
		expectError({ in_nqf: 'maybe' }, 'boolean.invalid', 'in_nqf');
		expect(validate({ sealed: 'unknown', in_nqf: '' }).record).toMatchObject({
			sealed: null,
			in_nqf: null
		});
	});

	it('annex1.missing: a warning per missing element, the record kept', () => {
		const cases: [string, number][] = [
			['learner_id', 1],
			['title', 2],
			['awarding_body', 4],
			['learning_outcomes', 6],
			['assessment_type', 9],
			['participation_form', 10],
			['quality_assurance', 11]
		];
		for (const [column, element] of cases) {
			const { record } = expectWarning({ [column]: '  ' }, 'annex1.missing', column);
			expect((record as unknown as Record<string, unknown>)[column]).toBeNull();
			expect(record.annex_i_present).toBe(2047 & ~(1 << (element - 1)));
		}
	});

	it('annex1.missing is not added on top of an error in the same column', () => {
		const v = validate({ assessment_type: 'interpretive dance' });
		expect(v.issues.map((i) => i.rule)).toEqual(['code.unknown']);
	});

	it('learner.invalid: a warning, and the attribute becomes unknown', () => {
		const cases: [string, unknown][] = [
			['age_band', null],
			['sex', 'unknown'],
			['education_level', null],
			['labour_status', null],
			['disability', null],
			['migrant_background', null],
			['refugee', null],
			['degree_of_urbanisation', null],
			['minimum_income', null],
			['platform_worker', null]
		];
		for (const [column, unknown] of cases) {
			const { record, issue } = expectWarning({ [column]: 'perhaps' }, 'learner.invalid', column);
			expect((record as unknown as Record<string, unknown>)[column]).toBe(unknown);
			expect(issue.value).toBe('perhaps');
		}
	});

	it('learner.invalid does not echo long free text', () => {
		const note = 'has a chronic condition, see file 42';
		const { issue } = expectWarning({ disability: note }, 'learner.invalid', 'disability');
		expect(issue.value).toBeUndefined();
		expect(issue.message).not.toContain('chronic');
	});

	it('empty learner attributes are unknown without any issue', () => {
		const blank = Object.fromEntries(
			ISSUANCE_COLUMNS.filter((c) => c.group === 'learner').map((c) => [c.name, ''])
		);
		const v = validate(blank);
		expect(v.issues).toEqual([]);
		expect(v.record).toMatchObject({ age_band: null, sex: 'unknown', disability: null });
	});

	it('text.suspicious: a warning for formulas and scripts, the text kept', () => {
		const suspicious = [
			'=SUM(A1:A9)',
			'=1+1',
			'+HYPERLINK("http://x","y")',
			'-A1',
			'-2+3',
			'@SUM(A1)',
			"@cmd|' /C calc'!A0",
			'+-1',
			'Nice <script>alert(1)</script>',
			'<SCRIPT src=x>',
			'<img src=x onerror=alert(1)>',
			'<svg/onload=alert(1)> <svg onload=alert(1)>',
			'see javascript:alert(1)'
		];
		for (const title of suspicious) {
			const { record, issue } = expectWarning({ title }, 'text.suspicious', 'title');
			expect(record.title).toBe(title);
			expect(issue.value).toBe(title);
		}
	});

	it('text.suspicious leaves ordinary text alone', () => {
		for (const learning_outcomes of [
			'- Understand (basic) statistics',
			'- C2 level German',
			'+33 1 23 45 67 89',
			'@home learners',
			'-3 modules, 2 projects',
			'Use <b>bold</b> sparingly',
			'Online learning (onsite option)',
			'='
		]) {
			expect(validate({ learning_outcomes }).issues, learning_outcomes).toEqual([]);
		}
	});

	it('checks every text column', () => {
		for (const column of [
			'awarding_body',
			'awarding_body_id',
			'grade',
			'stackable_towards',
			'further_information',
			'prerequisites'
		]) {
			expectWarning({ [column]: '=cmd()' }, 'text.suspicious', column);
		}
	});
});

describe('validateIssuanceRow: learner_id privacy', () => {
	it('never puts the learner identifier into an issue', () => {
		const longId = 'secret-' + 'x'.repeat(10_000);
		const v = validate({ learner_id: longId });
		const issue = only(v.issues);
		expect(issue).toMatchObject({
			severity: 'error',
			rule: 'field.too_long',
			column: 'learner_id'
		});
		expect(issue.value).toBeUndefined();
		expect(issue.message).not.toContain('secret');
		expect(JSON.stringify(v.issues)).not.toContain('secret');
	});

	it('does not report formula-like identifiers as text', () => {
		const v = validate({ learner_id: '=HYPERLINK("evil")' });
		expect(v.issues).toEqual([]);
		expect(v.record?.learner_id).toBe('=HYPERLINK("evil")');
	});

	it('keeps the identifier out of every issue of a row full of problems', () => {
		const v = validate({
			learner_id: LEARNER,
			issuer_country: 'Atlantis',
			issue_date: '31/02/2024',
			title: '=1+1',
			sex: 'perhaps',
			ects: '-5'
		});
		expect(v.issues.length).toBeGreaterThanOrEqual(5);
		for (const issue of v.issues) {
			expect(JSON.stringify(issue)).not.toContain(LEARNER);
			expect(JSON.stringify(issue)).not.toContain('jane');
		}
	});

	it('reports a missing learner_id without a value', () => {
		const { issue } = expectWarning({ learner_id: '' }, 'annex1.missing', 'learner_id');
		expect(issue.value).toBeUndefined();
	});
});

describe('RULES', () => {
	it('has unique ids, a severity and a one-line description', () => {
		const ids = RULES.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const r of RULES) {
			expect(['error', 'warning']).toContain(r.severity);
			expect(r.description).toMatch(/^[A-Z].*\.$/);
			expect(r.description).not.toContain('\n');
		}
	});

	it('gives errors and warnings as in the rule table', () => {
		const warnings = RULES.filter((r) => r.severity === 'warning').map((r) => r.id);
		expect(warnings.sort()).toEqual([
			'annex1.missing',
			'cycle.eqf_mismatch',
			'header.unknown',
			'learner.invalid',
			'text.suspicious',
			'url.invalid',
			'workload.inconsistent'
		]);
		expect(RULES).toHaveLength(26);
	});
});

describe('validateIssuanceRow: values seen before', () => {
	it('give the same record and the same issues every time, error or warning', () => {
		const changes = { eqf_level: '9', sex: 'x-unknown-code', topic: 'digital;green' };
		const first = validate(changes);
		const again = validate(changes);
		expect(again).toEqual(first);
		expect(first.record).toBeUndefined();
		expect(first.issues.map((i) => i.rule)).toEqual(['eqf.out_of_range', 'learner.invalid']);
		// The error is counted on every row that carries the value, not only the first.
		expect(validate({ eqf_level: '9' }).record).toBeUndefined();
	});

	it('share lists between records only frozen, so that no record can change another', () => {
		const a = validate({ topic: 'digital;green' }).record!;
		const b = validate({ topic: 'digital;green' }).record!;
		expect(b.topic).toEqual(['digital', 'green']);
		expect(Object.isFrozen(a.topic)).toBe(true);
		expect(() => (a.topic as string[]).push('other')).toThrow(TypeError);
	});

	it('are told apart from one another and from values over the memo key length', () => {
		const long = `${'Level 6'.padEnd(80, ' ')}`;
		expect(validate({ eqf_level: long }).record?.eqf_level).toBe(6);
		expect(validate({ eqf_level: '7' }).record?.eqf_level).toBe(7);
		expect(validate({ eqf_level: '6' }).record?.eqf_level).toBe(6);
	});
});

describe('annexIPresent', () => {
	// The spec read the slow way: an element is present when any of its columns is; EQF level
	// counts when its column is in the input, even as "not applicable" (null).
	function fromSpec(row: Record<string, unknown>, raw: object): number {
		let bits = 0;
		for (const element of ANNEX_I_MANDATORY) {
			const present = element.columns.some((c) => {
				const v = row[c];
				if (c === 'eqf_level') return v !== undefined && c in raw;
				return v != null && !(Array.isArray(v) && v.length === 0);
			});
			if (present) bits |= annexIBit(element.number);
		}
		return bits;
	}

	const columns = [...new Set(ANNEX_I_MANDATORY.flatMap((e) => e.columns))];
	// Each column absent (undefined), null, an empty list or a value; eqf_level also with and
	// without its input column.
	const states = [undefined, null, [], 'x'] as const;

	it('agrees with ANNEX_I_MANDATORY for every state of every column', () => {
		const row: Record<string, unknown> = {};
		for (const [i, column] of columns.entries()) {
			for (const state of states) {
				for (const other of states) {
					for (const c of columns) row[c] = other;
					row[column] = state;
					for (const raw of [{}, { eqf_level: '' }]) {
						const context = JSON.stringify({ column, state, other, raw, i });
						expect(annexIPresent(row as never, raw), context).toBe(fromSpec(row, raw));
					}
				}
			}
		}
	});

	it('sets every bit on a complete row and clears the bit of each element left out', () => {
		const { record } = validateIssuanceRow(VALID, { today: TODAY });
		expect(record!.annex_i_present).toBe(ANNEX_I_ALL_PRESENT);
		for (const element of ANNEX_I_MANDATORY) {
			// Without its columns (a blank EQF level column means "not applicable", which counts).
			const without = Object.fromEntries(
				Object.entries(VALID).filter(([c]) => !element.columns.includes(c))
			);
			const result = validateIssuanceRow(without, { today: TODAY });
			// Country and date are required: without them the row is an error, not a record.
			if (result.record === undefined) {
				const errors = result.issues.filter((i) => i.severity === 'error');
				expect(
					errors.map((i) => i.column),
					element.roman
				).toContain(element.columns[0]);
				continue;
			}
			expect(result.record.annex_i_present, element.roman).toBe(
				ANNEX_I_ALL_PRESENT - annexIBit(element.number)
			);
		}
	});
});
