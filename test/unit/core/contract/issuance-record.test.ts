import { describe, expect, it } from 'vitest';
import { CATALOGUE_COLUMNS } from '../../../../core/contract/catalogue-entry';
import {
	ANNEX_I_ALL_PRESENT,
	ANNEX_I_MANDATORY,
	annexIBit,
	ISSUANCE_COLUMNS
} from '../../../../core/contract/issuance-record';
import { MEASURE_COLUMNS } from '../../../../core/contract/national-measure';
import { TARGET_COLUMNS } from '../../../../core/contract/national-target';
import { PROVIDER_COLUMNS } from '../../../../core/contract/provider';
import { VOCABULARIES } from '../../../../core/contract/vocabularies';

describe('ANNEX_I_MANDATORY', () => {
	it('lists the eleven mandatory elements in Annex I order', () => {
		expect(ANNEX_I_MANDATORY.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		expect(ANNEX_I_MANDATORY.map((e) => e.roman)).toEqual([
			'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi'
		]); // prettier-ignore
		expect(ANNEX_I_MANDATORY.map((e) => e.columns)).toEqual([
			['learner_id'],
			['title'],
			['issuer_country'],
			['awarding_body'],
			['issue_date'],
			['learning_outcomes'],
			['ects', 'workload_hours'],
			['eqf_level', 'qf_ehea_cycle'],
			['assessment_type'],
			['participation_form'],
			['quality_assurance']
		]);
	});

	it('has one bit per element', () => {
		expect(annexIBit(1)).toBe(1);
		expect(annexIBit(7)).toBe(64);
		expect(annexIBit(11)).toBe(1024);
		expect(ANNEX_I_ALL_PRESENT).toBe(2047);
	});
});

describe('ISSUANCE_COLUMNS', () => {
	it('carries every column of DOMAIN.md, in groups', () => {
		const byGroup = (g: string) => ISSUANCE_COLUMNS.filter((c) => c.group === g).map((c) => c.name);
		expect(byGroup('annex_i_mandatory')).toEqual([
			'learner_id',
			'title',
			'issuer_country',
			'issuer_region',
			'awarding_body',
			'awarding_body_id',
			'issue_date',
			'learning_outcomes',
			'ects',
			'workload_hours',
			'eqf_level',
			'qf_ehea_cycle',
			'assessment_type',
			'participation_form',
			'quality_assurance'
		]);
		expect(byGroup('annex_i_optional')).toEqual([
			'prerequisites',
			'supervision',
			'grade',
			'stackability',
			'stackable_towards',
			'further_information'
		]);
		expect(byGroup('context')).toEqual([
			'credential_id',
			'provider_id',
			'provider_type',
			'learning_setting',
			'field',
			'topic',
			'digital_format',
			'sealed',
			'funding',
			'in_nqf'
		]);
		expect(byGroup('learner')).toEqual([
			'age_band',
			'sex',
			'education_level',
			'labour_status',
			'disability',
			'migrant_background',
			'refugee',
			'degree_of_urbanisation',
			'minimum_income',
			'platform_worker'
		]);
		expect(ISSUANCE_COLUMNS).toHaveLength(41);
	});

	it('numbers the mandatory element of each column as ANNEX_I_MANDATORY does', () => {
		const numbered = ISSUANCE_COLUMNS.filter((c) => c.annexI !== undefined).map((c) => [
			c.name,
			c.annexI
		]);
		expect(numbered).toEqual([
			['learner_id', 1],
			['title', 2],
			['issuer_country', 3],
			['awarding_body', 4],
			['issue_date', 5],
			['learning_outcomes', 6],
			['ects', 7],
			['workload_hours', 7],
			['eqf_level', 8],
			['assessment_type', 9],
			['participation_form', 10],
			['quality_assurance', 11]
		]);
	});

	it('only country and date are required', () => {
		expect(ISSUANCE_COLUMNS.filter((c) => c.required).map((c) => c.name)).toEqual([
			'issuer_country',
			'issue_date'
		]);
	});
});

describe('every column spec', () => {
	const all = {
		issuance: ISSUANCE_COLUMNS,
		catalogue: CATALOGUE_COLUMNS,
		provider: PROVIDER_COLUMNS,
		measure: MEASURE_COLUMNS,
		target: TARGET_COLUMNS
	};

	it('has unique names and a vocabulary exactly when coded', () => {
		for (const [input, columns] of Object.entries(all)) {
			const names = columns.map((c) => c.name);
			expect(new Set(names).size, input).toBe(names.length);
			for (const c of columns) {
				const coded = c.kind === 'code' || c.kind === 'code_list';
				expect(c.vocabulary !== undefined, `${input}.${c.name}`).toBe(coded);
				if (c.vocabulary) expect(VOCABULARIES[c.vocabulary], c.name).toBeDefined();
			}
		}
	});

	it('marks the required columns of the other inputs', () => {
		const required = (cols: typeof CATALOGUE_COLUMNS) =>
			cols.filter((c) => c.required).map((c) => c.name);
		expect(required(CATALOGUE_COLUMNS)).toEqual(['offer_id', 'country', 'title']);
		expect(required(PROVIDER_COLUMNS)).toEqual(['provider_id', 'name', 'country']);
		expect(required(MEASURE_COLUMNS)).toEqual(['country', 'paragraph', 'status', 'title']);
		expect(required(TARGET_COLUMNS)).toEqual(['country', 'target_year', 'value']);
	});
});
