import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CATALOGUE_COLUMNS } from '../../../../core/contract/catalogue-entry';
import { MEASURE_COLUMNS } from '../../../../core/contract/national-measure';
import { TARGET_COLUMNS } from '../../../../core/contract/national-target';
import { PROVIDER_COLUMNS } from '../../../../core/contract/provider';
import {
	checkHeaders,
	validateCatalogueRow,
	validateMeasureRow,
	validateProviderRow,
	validateTargetRow,
	type Issue
} from '../../../../core/contract/validate';
import { hasSharedData, sharedFile } from '../../../helpers/shared-data';

const triples = (issues: Issue[]) => issues.map((i) => [i.severity, i.rule, i.column]);

describe('validateCatalogueRow', () => {
	const VALID = {
		offer_id: 'OFF-1',
		provider_id: 'P-9',
		provider_name: 'Hochschule Musterstadt',
		provider_type: 'Fachhochschule',
		country: 'Deutschland',
		title: 'Green procurement',
		ects: '3',
		workload_hours: '',
		eqf_level: 'EQF 7',
		participation_form: 'online',
		quality_assurance: 'Systemakkreditierung',
		in_nqf: 'ja',
		in_public_catalogue: 'yes',
		recognition_policy_published: 'no',
		field: '04',
		topic: 'green',
		url: 'https://example.org/offer/1'
	};

	it('normalises a complete row', () => {
		const v = validateCatalogueRow(VALID);
		expect(v.issues).toEqual([]);
		expect(v.record).toEqual({
			offer_id: 'OFF-1',
			provider_id: 'P-9',
			provider_name: 'Hochschule Musterstadt',
			provider_type: 'hei',
			country: 'DE',
			title: 'Green procurement',
			ects: 3,
			workload_hours: null,
			eqf_level: 7,
			participation_form: 'online',
			quality_assurance: 'external_provider',
			in_nqf: true,
			in_public_catalogue: true,
			recognition_policy_published: false,
			field: '04',
			topic: ['green'],
			url: 'https://example.org/offer/1'
		});
		expect(Object.keys(v.record!)).toEqual(CATALOGUE_COLUMNS.map((c) => c.name));
	});

	it('requires offer_id, country, title and a provider', () => {
		expect(triples(validateCatalogueRow({ ...VALID, offer_id: '' }).issues)).toEqual([
			['error', 'field.missing', 'offer_id']
		]);
		expect(triples(validateCatalogueRow({ ...VALID, title: ' ' }).issues)).toEqual([
			['error', 'field.missing', 'title']
		]);
		expect(triples(validateCatalogueRow({ ...VALID, country: '' }).issues)).toEqual([
			['error', 'country.missing', 'country']
		]);
		expect(triples(validateCatalogueRow({ ...VALID, country: 'Narnia' }).issues)).toEqual([
			['error', 'country.unknown', 'country']
		]);
		const noProvider = validateCatalogueRow({ ...VALID, provider_id: '', provider_name: '' });
		expect(noProvider.record).toBeUndefined();
		expect(triples(noProvider.issues)).toEqual([['error', 'field.missing', 'provider_id']]);
		expect(validateCatalogueRow({ ...VALID, provider_id: '' }).record?.provider_name).toBe(
			'Hochschule Musterstadt'
		);
	});

	it('applies the ECTS, EQF and vocabulary rules', () => {
		expect(triples(validateCatalogueRow({ ...VALID, ects: '181' }).issues)).toEqual([
			['error', 'number.out_of_range', 'ects']
		]);
		expect(triples(validateCatalogueRow({ ...VALID, eqf_level: '9' }).issues)).toEqual([
			['error', 'eqf.out_of_range', 'eqf_level']
		]);
		expect(
			triples(validateCatalogueRow({ ...VALID, participation_form: 'carrier pigeon' }).issues)
		).toEqual([['error', 'code.unknown', 'participation_form']]);
		expect(
			triples(validateCatalogueRow({ ...VALID, in_public_catalogue: 'often' }).issues)
		).toEqual([['error', 'boolean.invalid', 'in_public_catalogue']]);
	});

	it('drops a bad link with a warning', () => {
		const v = validateCatalogueRow({ ...VALID, url: 'javascript:alert(1)' });
		expect(triples(v.issues)).toEqual([['warning', 'url.invalid', 'url']]);
		expect(v.record?.url).toBeNull();
	});

	it('flags formula-like titles', () => {
		const v = validateCatalogueRow({ ...VALID, title: '=IMPORTXML("x")' });
		expect(triples(v.issues)).toEqual([['warning', 'text.suspicious', 'title']]);
		expect(v.record?.title).toBe('=IMPORTXML("x")');
	});
});

describe('validateProviderRow', () => {
	const VALID = {
		provider_id: 'P-1',
		name: 'Université de Liège',
		country: 'Belgique',
		provider_type: 'université',
		deqar_id: 'DEQARINST0042',
		eter_id: 'BE0010',
		external_qa: 'oui',
		publishes_catalogue: 'non',
		recognition_policy_published: ''
	};

	it('normalises a complete row', () => {
		const v = validateProviderRow(VALID);
		expect(v.issues).toEqual([]);
		expect(v.record).toEqual({
			provider_id: 'P-1',
			name: 'Université de Liège',
			country: 'BE',
			provider_type: 'hei',
			deqar_id: 'DEQARINST0042',
			eter_id: 'BE0010',
			external_qa: true,
			publishes_catalogue: false,
			recognition_policy_published: null
		});
		expect(Object.keys(v.record!)).toEqual(PROVIDER_COLUMNS.map((c) => c.name));
	});

	it('requires provider_id, name and country', () => {
		expect(triples(validateProviderRow({ ...VALID, provider_id: '' }).issues)).toEqual([
			['error', 'field.missing', 'provider_id']
		]);
		expect(triples(validateProviderRow({ ...VALID, name: '' }).issues)).toEqual([
			['error', 'field.missing', 'name']
		]);
		expect(triples(validateProviderRow({ ...VALID, country: 'XX' }).issues)).toEqual([
			['error', 'country.unknown', 'country']
		]);
	});

	it('rejects unknown provider types and booleans', () => {
		expect(triples(validateProviderRow({ ...VALID, provider_type: 'guild' }).issues)).toEqual([
			['error', 'code.unknown', 'provider_type']
		]);
		expect(triples(validateProviderRow({ ...VALID, external_qa: 'sometimes' }).issues)).toEqual([
			['error', 'boolean.invalid', 'external_qa']
		]);
	});
});

describe('validateMeasureRow', () => {
	const VALID = {
		measure_id: 'AT-2023-01',
		country: 'AT',
		paragraph: 'Paragraph 11(e)',
		status: 'umgesetzt',
		title: 'Digital micro-credentials in adult education',
		description: 'Funding line for providers',
		start_date: '1.9.2023',
		budget: '1 500 000',
		link: 'https://example.gv.at/measure'
	};

	it('normalises a complete row', () => {
		const v = validateMeasureRow(VALID);
		expect(v.issues).toEqual([]);
		expect(v.record).toEqual({
			measure_id: 'AT-2023-01',
			country: 'AT',
			paragraph: '11e',
			status: 'implemented',
			title: 'Digital micro-credentials in adult education',
			description: 'Funding line for providers',
			start_date: '2023-09-01',
			budget: 1_500_000,
			link: 'https://example.gv.at/measure'
		});
		expect(Object.keys(v.record!)).toEqual(MEASURE_COLUMNS.map((c) => c.name));
	});

	it('requires country, paragraph, status and title', () => {
		for (const column of ['paragraph', 'status', 'title']) {
			expect(triples(validateMeasureRow({ ...VALID, [column]: '' }).issues)).toEqual([
				['error', 'field.missing', column]
			]);
		}
		expect(triples(validateMeasureRow({ ...VALID, country: '' }).issues)).toEqual([
			['error', 'country.missing', 'country']
		]);
	});

	it('rejects paragraphs that are not in the Recommendation and unknown statuses', () => {
		expect(triples(validateMeasureRow({ ...VALID, paragraph: '11k' }).issues)).toEqual([
			['error', 'code.unknown', 'paragraph']
		]);
		expect(triples(validateMeasureRow({ ...VALID, paragraph: '16a' }).issues)).toEqual([
			['error', 'code.unknown', 'paragraph']
		]);
		expect(triples(validateMeasureRow({ ...VALID, status: 'abandoned' }).issues)).toEqual([
			['error', 'code.unknown', 'status']
		]);
	});

	it('allows a planned measure to start in the future, not an impossible date', () => {
		expect(
			validateMeasureRow({ ...VALID, status: 'planned', start_date: '2030-01-01' }).issues
		).toEqual([]);
		expect(validateMeasureRow({ ...VALID, start_date: '' }).record?.start_date).toBeNull();
		expect(triples(validateMeasureRow({ ...VALID, start_date: '30/02/2024' }).issues)).toEqual([
			['error', 'date.impossible', 'start_date']
		]);
	});

	it('rejects a negative or unreadable budget, accepts zero', () => {
		expect(validateMeasureRow({ ...VALID, budget: '0' }).record?.budget).toBe(0);
		expect(triples(validateMeasureRow({ ...VALID, budget: '-1' }).issues)).toEqual([
			['error', 'number.out_of_range', 'budget']
		]);
		expect(triples(validateMeasureRow({ ...VALID, budget: 'EUR 5m' }).issues)).toEqual([
			['error', 'number.invalid', 'budget']
		]);
	});

	it('drops a link that is not http(s), with a warning', () => {
		const v = validateMeasureRow({ ...VALID, link: 'www.example.org' });
		expect(triples(v.issues)).toEqual([['warning', 'url.invalid', 'link']]);
		expect(v.record?.link).toBeNull();
	});
});

describe('validateTargetRow', () => {
	const VALID = { country: 'BE', target_year: '2030', value: '60.9', unit: 'PC' };

	it('normalises a row', () => {
		const v = validateTargetRow(VALID);
		expect(v.issues).toEqual([]);
		expect(v.record).toMatchObject({
			country: 'BE',
			target_year: 2030,
			value: 60.9,
			unit: 'PC',
			note: null
		});
		expect(Object.keys(v.record!)).toEqual(TARGET_COLUMNS.map((c) => c.name));
	});

	it('keeps percentages within 0-100', () => {
		expect(validateTargetRow({ ...VALID, value: '0' }).record?.value).toBe(0);
		expect(validateTargetRow({ ...VALID, value: '100' }).record?.value).toBe(100);
		expect(validateTargetRow({ ...VALID, value: '100', unit: '' }).record?.value).toBe(100);
		expect(triples(validateTargetRow({ ...VALID, value: '100.1' }).issues)).toEqual([
			['error', 'number.out_of_range', 'value']
		]);
		expect(triples(validateTargetRow({ ...VALID, value: '-1', unit: '' }).issues)).toEqual([
			['error', 'number.out_of_range', 'value']
		]);
		expect(validateTargetRow({ ...VALID, value: '250', unit: 'THS_PER' }).issues).toEqual([]);
	});

	it('requires an integer year in 2000-2100 and a value', () => {
		expect(triples(validateTargetRow({ ...VALID, target_year: '2030.5' }).issues)).toEqual([
			['error', 'number.invalid', 'target_year']
		]);
		expect(triples(validateTargetRow({ ...VALID, target_year: '1999' }).issues)).toEqual([
			['error', 'number.out_of_range', 'target_year']
		]);
		expect(validateTargetRow({ ...VALID, target_year: '2100' }).issues).toEqual([]);
		expect(triples(validateTargetRow({ ...VALID, target_year: '' }).issues)).toEqual([
			['error', 'field.missing', 'target_year']
		]);
		expect(triples(validateTargetRow({ ...VALID, value: '' }).issues)).toEqual([
			['error', 'field.missing', 'value']
		]);
	});

	it.skipIf(!hasSharedData)('reads the shared national targets file as it is', () => {
		const text = readFileSync(sharedFile('eurostat', 'national_targets_2030.csv'), 'utf8');
		const parsed = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true });
		const [headers, ...rows] = parsed.data;
		const { columns, issues } = checkHeaders(headers, 'target');
		expect(issues).toEqual([]);
		const records = rows.map((cells) => {
			const v = validateTargetRow(Object.fromEntries(columns.map((c, i) => [c, cells[i]])));
			expect(v.issues, cells.join(',')).toEqual([]);
			return v.record!;
		});
		const adult = records.filter((r) => r.indicator === 'EPSR_NATIONAL_TARGET_ADULT_LEARNING_12M');
		expect(adult).toHaveLength(28);
		expect(adult.every((r) => r.target_year === 2030 && r.unit === 'PC')).toBe(true);
		expect(adult.find((r) => r.country === 'EL')?.value).toBe(40);
		expect(adult.find((r) => r.country === 'EU27_2020')?.value).toBe(60);
	});

	it('accepts the EU aggregate as a target geography', () => {
		expect(validateTargetRow({ ...VALID, country: 'EU27_2020' }).record?.country).toBe('EU27_2020');
		expect(triples(validateTargetRow({ ...VALID, country: 'EU28' }).issues)).toEqual([
			['error', 'country.unknown', 'country']
		]);
	});
});

describe('checkHeaders', () => {
	it('maps headers to contract names in file order', () => {
		const { columns, issues } = checkHeaders(
			[
				'\ufeffLearner ID',
				'Title',
				'Country',
				'Date',
				'ECTS credits',
				'Awarding body',
				'Learning outcomes',
				'EQF level',
				'Assessment',
				'Mode',
				'QA'
			],
			'issuance'
		);
		expect(columns).toEqual([
			'learner_id',
			'title',
			'issuer_country',
			'issue_date',
			'ects',
			'awarding_body',
			'learning_outcomes',
			'eqf_level',
			'assessment_type',
			'participation_form',
			'quality_assurance'
		]);
		expect(issues).toEqual([]);
	});

	it('header.duplicate: an error when two headers mean one column', () => {
		const { issues } = checkHeaders(
			['issuer_country', 'issue_date', 'ECTS', 'ECTS credits'],
			'issuance'
		);
		expect(triples(issues)).toContainEqual(['error', 'header.duplicate', 'ects']);
	});

	it('header.unknown: a warning, the column ignored', () => {
		const { columns, issues } = checkHeaders(
			['provider_id', 'name', 'country', 'Favourite colour'],
			'provider'
		);
		expect(columns[3]).toBe('favourite_colour');
		expect(triples(issues)).toEqual([['warning', 'header.unknown', 'favourite_colour']]);
	});

	it('header.missing: an error for a required column', () => {
		expect(triples(checkHeaders(['title', 'issue_date'], 'issuance').issues)).toContainEqual([
			'error',
			'header.missing',
			'issuer_country'
		]);
		expect(triples(checkHeaders(['offer_id', 'country', 'title'], 'catalogue').issues)).toEqual([
			['error', 'header.missing', 'provider_id']
		]);
		expect(triples(checkHeaders(['country', 'paragraph', 'status'], 'measure').issues)).toEqual([
			['error', 'header.missing', 'title']
		]);
	});

	it('annex1.missing: a warning per Annex I element no column carries', () => {
		const { issues } = checkHeaders(['country', 'date', 'workload', 'cycle'], 'issuance');
		expect(triples(issues)).toEqual([
			['warning', 'annex1.missing', 'learner_id'],
			['warning', 'annex1.missing', 'title'],
			['warning', 'annex1.missing', 'awarding_body'],
			['warning', 'annex1.missing', 'learning_outcomes'],
			['warning', 'annex1.missing', 'assessment_type'],
			['warning', 'annex1.missing', 'participation_form'],
			['warning', 'annex1.missing', 'quality_assurance']
		]);
	});
});
