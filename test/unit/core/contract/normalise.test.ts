import { describe, expect, it } from 'vitest';
import {
	normaliseCode,
	normaliseCodeList,
	normaliseCountry,
	normaliseCountryList,
	normaliseDate,
	normaliseEqfLevel,
	normaliseGeo,
	normaliseHeader,
	normaliseRegionList,
	normaliseUrl,
	parseBoolean,
	parseDecimal
} from '../../../../core/contract/normalise';
import { PARTICIPATION_FORM, TOPIC } from '../../../../core/contract/vocabularies';

describe('normaliseHeader', () => {
	it('strips the BOM, trims, lower-cases and turns separators into single underscores', () => {
		expect(normaliseHeader('\ufeffissue_date')).toBe('issue_date');
		expect(normaliseHeader('  Issue Date  ')).toBe('issue_date');
		expect(normaliseHeader('Issue-Date')).toBe('issue_date');
		expect(normaliseHeader('issue..date')).toBe('issue_date');
		expect(normaliseHeader('Provider   Type')).toBe('provider_type');
		expect(normaliseHeader('Something New')).toBe('something_new');
		expect(normaliseHeader('_Odd__Name_')).toBe('odd_name');
	});

	it('maps issuance header synonyms onto contract names', () => {
		expect(normaliseHeader('Learner ID')).toBe('learner_id');
		expect(normaliseHeader('\ufeffLearner ID')).toBe('learner_id');
		expect(normaliseHeader('ECTS credits')).toBe('ects');
		expect(normaliseHeader('ECTS-Credits')).toBe('ects');
		expect(normaliseHeader('country')).toBe('issuer_country');
		expect(normaliseHeader('date')).toBe('issue_date');
		expect(normaliseHeader('Date de délivrance')).toBe('issue_date');
		expect(normaliseHeader('EQF level')).toBe('eqf_level');
		expect(normaliseHeader('Form of participation')).toBe('participation_form');
		expect(normaliseHeader('Type of assessment')).toBe('assessment_type');
		expect(normaliseHeader('Gender')).toBe('sex');
		expect(normaliseHeader('Geschlecht')).toBe('sex');
	});

	it('uses the alias table of the input kind', () => {
		expect(normaliseHeader('country', 'provider')).toBe('country');
		expect(normaliseHeader('geo', 'target')).toBe('country');
		expect(normaliseHeader('year', 'target')).toBe('target_year');
		expect(normaliseHeader('indicator_code', 'target')).toBe('indicator');
		expect(normaliseHeader('Provider name', 'provider')).toBe('name');
		expect(normaliseHeader('Paragraphe', 'measure')).toBe('paragraph');
		expect(normaliseHeader('URL', 'measure')).toBe('link');
	});
});

describe('normaliseCountry', () => {
	it('accepts ISO alpha-2, alpha-3, Eurostat codes and names, whatever the case', () => {
		expect(normaliseCountry('DE')).toEqual({ ok: true, value: 'DE' });
		expect(normaliseCountry('de')).toEqual({ ok: true, value: 'DE' });
		expect(normaliseCountry('DEU')).toEqual({ ok: true, value: 'DE' });
		expect(normaliseCountry('Germany')).toEqual({ ok: true, value: 'DE' });
		expect(normaliseCountry('Allemagne')).toEqual({ ok: true, value: 'DE' });
		expect(normaliseCountry('deutschland')).toEqual({ ok: true, value: 'DE' });
		expect(normaliseCountry(' Pays-Bas ')).toEqual({ ok: true, value: 'NL' });
		expect(normaliseCountry('Österreich')).toEqual({ ok: true, value: 'AT' });
		expect(normaliseCountry('osterreich')).toEqual({ ok: true, value: 'AT' });
		expect(normaliseCountry('Czech Republic')).toEqual({ ok: true, value: 'CZ' });
	});

	it('turns Greece and the United Kingdom into Eurostat codes', () => {
		for (const s of ['GR', 'gr', 'EL', 'GRC', 'Greece', 'Grèce', 'Griechenland', 'Ελλάδα']) {
			expect(normaliseCountry(s), s).toEqual({ ok: true, value: 'EL' });
		}
		for (const s of ['GB', 'UK', 'GBR', 'United Kingdom', 'Royaume-Uni']) {
			expect(normaliseCountry(s), s).toEqual({ ok: true, value: 'UK' });
		}
	});

	it('rejects unknown and empty values', () => {
		expect(normaliseCountry('Atlantis')).toEqual({ ok: false, reason: 'country.unknown' });
		expect(normaliseCountry('ZZ')).toEqual({ ok: false, reason: 'country.unknown' });
		expect(normaliseCountry('EU27_2020')).toEqual({ ok: false, reason: 'country.unknown' });
		expect(normaliseCountry('')).toEqual({ ok: false, reason: 'country.missing' });
		expect(normaliseCountry('  ')).toEqual({ ok: false, reason: 'country.missing' });
	});
});

describe('normaliseGeo', () => {
	it('reads countries and Eurostat aggregates', () => {
		expect(normaliseGeo('GR')).toEqual({ ok: true, value: 'EL' });
		expect(normaliseGeo('EU27_2020')).toEqual({ ok: true, value: 'EU27_2020' });
		expect(normaliseGeo('eu27_2020')).toEqual({ ok: true, value: 'EU27_2020' });
		expect(normaliseGeo('European Union (27)')).toEqual({ ok: true, value: 'EU27_2020' });
		expect(normaliseGeo('EA20')).toEqual({ ok: true, value: 'EA20' });
		expect(normaliseGeo('EU28')).toEqual({ ok: false, reason: 'country.unknown' });
		expect(normaliseGeo('')).toEqual({ ok: false, reason: 'country.missing' });
	});
});

describe('normaliseCountryList', () => {
	it('splits on ; and drops duplicates and blanks', () => {
		expect(normaliseCountryList('BE')).toEqual({ ok: true, value: ['BE'] });
		expect(normaliseCountryList('BE;FR')).toEqual({ ok: true, value: ['BE', 'FR'] });
		expect(normaliseCountryList(' GR ; Greece ; ; DE ;')).toEqual({
			ok: true,
			value: ['EL', 'DE']
		});
	});

	it('fails on any unknown member, or when nothing is left', () => {
		expect(normaliseCountryList('BE;Atlantis')).toEqual({ ok: false, reason: 'country.unknown' });
		expect(normaliseCountryList(' ; ')).toEqual({ ok: false, reason: 'country.missing' });
		expect(normaliseCountryList('')).toEqual({ ok: false, reason: 'country.missing' });
	});
});

describe('normaliseRegionList', () => {
	it('reads NUTS codes and uses EL and UK prefixes', () => {
		expect(normaliseRegionList('be10')).toEqual({ ok: true, value: ['BE10'] });
		expect(normaliseRegionList('GR30; DE1')).toEqual({ ok: true, value: ['EL30', 'DE1'] });
		expect(normaliseRegionList('')).toEqual({ ok: true, value: [] });
		expect(normaliseRegionList('Bavaria')).toEqual({ ok: false, reason: 'region.invalid' });
		expect(normaliseRegionList('DE1234')).toEqual({ ok: false, reason: 'region.invalid' });
	});
});

describe('normaliseEqfLevel', () => {
	it('reads the level however it is written', () => {
		for (const s of [
			'6',
			' 6 ',
			'VI',
			'vi',
			'Level 6',
			'EQF 6',
			'eqf-6',
			'EQF level 6',
			'Niveau 6',
			'niveau CEC 6',
			'6.0',
			'http://data.europa.eu/snb/eqf/6'
		]) {
			expect(normaliseEqfLevel(s), s).toEqual({ ok: true, value: 6 });
		}
	});

	it('accepts the boundaries 1 and 8', () => {
		expect(normaliseEqfLevel('1')).toEqual({ ok: true, value: 1 });
		expect(normaliseEqfLevel('I')).toEqual({ ok: true, value: 1 });
		expect(normaliseEqfLevel('8')).toEqual({ ok: true, value: 8 });
		expect(normaliseEqfLevel('VIII')).toEqual({ ok: true, value: 8 });
	});

	it('reads not applicable as null', () => {
		for (const s of ['', '  ', 'n/a', 'N/A', 'na', 'not applicable', '-', 'sans objet']) {
			expect(normaliseEqfLevel(s), s).toEqual({ ok: true, value: null });
		}
	});

	it('rejects 0, 9 and other numbers as out of range', () => {
		for (const s of ['0', '9', '10', 'Level 9', 'EQF 0', 'IX']) {
			expect(normaliseEqfLevel(s), s).toEqual({ ok: false, reason: 'eqf.out_of_range' });
		}
	});

	it('rejects garbage', () => {
		for (const s of ['high', '-1', '6.5', 'level', 'EQF', 'six']) {
			expect(normaliseEqfLevel(s), s).toEqual({ ok: false, reason: 'eqf.invalid' });
		}
	});
});

describe('normaliseDate', () => {
	it('reads ISO dates and datetimes', () => {
		expect(normaliseDate('2024-03-01')).toEqual({ ok: true, value: '2024-03-01' });
		expect(normaliseDate(' 2024-03-01 ')).toEqual({ ok: true, value: '2024-03-01' });
		expect(normaliseDate('2024-3-1')).toEqual({ ok: true, value: '2024-03-01' });
		expect(normaliseDate('2024-03-01T10:00:00Z')).toEqual({ ok: true, value: '2024-03-01' });
		expect(normaliseDate('2024-03-01T23:59:59.123+02:00')).toEqual({
			ok: true,
			value: '2024-03-01'
		});
		expect(normaliseDate('2024-03-01 10:00')).toEqual({ ok: true, value: '2024-03-01' });
		expect(normaliseDate('2024/03/01')).toEqual({ ok: true, value: '2024-03-01' });
	});

	it('reads day/month/year with slashes, dots or hyphens', () => {
		expect(normaliseDate('01/03/2024')).toEqual({ ok: true, value: '2024-03-01' });
		expect(normaliseDate('1/3/2024')).toEqual({ ok: true, value: '2024-03-01' });
		expect(normaliseDate('1.3.2024')).toEqual({ ok: true, value: '2024-03-01' });
		expect(normaliseDate('01.03.2024')).toEqual({ ok: true, value: '2024-03-01' });
		expect(normaliseDate('01-03-2024')).toEqual({ ok: true, value: '2024-03-01' });
		expect(normaliseDate('31/12/2023')).toEqual({ ok: true, value: '2023-12-31' });
	});

	it('knows leap years', () => {
		expect(normaliseDate('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
		expect(normaliseDate('2000-02-29')).toEqual({ ok: true, value: '2000-02-29' });
		expect(normaliseDate('29/02/2023')).toEqual({ ok: false, reason: 'date.impossible' });
		expect(normaliseDate('2100-02-29')).toEqual({ ok: false, reason: 'date.impossible' });
	});

	it('rejects impossible dates, including month-first ones', () => {
		expect(normaliseDate('31/02/2024')).toEqual({ ok: false, reason: 'date.impossible' });
		expect(normaliseDate('2024-04-31')).toEqual({ ok: false, reason: 'date.impossible' });
		expect(normaliseDate('2024-13-01')).toEqual({ ok: false, reason: 'date.impossible' });
		expect(normaliseDate('2024-00-10')).toEqual({ ok: false, reason: 'date.impossible' });
		expect(normaliseDate('00/01/2024')).toEqual({ ok: false, reason: 'date.impossible' });
		expect(normaliseDate('03/15/2024')).toEqual({ ok: false, reason: 'date.impossible' });
	});

	it('rejects what is not a date', () => {
		for (const s of [
			'yesterday',
			'2024',
			'01/03/24',
			'2024-03-01T25:00',
			'2024-03-01T10:61',
			'1.3-2024',
			'20240301'
		]) {
			expect(normaliseDate(s), s).toEqual({ ok: false, reason: 'date.invalid' });
		}
		expect(normaliseDate('')).toEqual({ ok: false, reason: 'date.missing' });
		expect(normaliseDate('   ')).toEqual({ ok: false, reason: 'date.missing' });
	});
});

describe('parseDecimal', () => {
	it('reads either decimal mark and grouped thousands', () => {
		expect(parseDecimal('2.5')).toEqual({ ok: true, value: 2.5 });
		expect(parseDecimal('2,5')).toEqual({ ok: true, value: 2.5 });
		expect(parseDecimal(' 2 ')).toEqual({ ok: true, value: 2 });
		expect(parseDecimal('0')).toEqual({ ok: true, value: 0 });
		expect(parseDecimal('-0')).toEqual({ ok: true, value: 0 });
		expect(parseDecimal('+3')).toEqual({ ok: true, value: 3 });
		expect(parseDecimal('-0.1')).toEqual({ ok: true, value: -0.1 });
		expect(parseDecimal('.5')).toEqual({ ok: true, value: 0.5 });
		expect(parseDecimal('1 234,5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseDecimal('1\u00a0234,5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseDecimal('1\u202f234.5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseDecimal("1'234.5")).toEqual({ ok: true, value: 1234.5 });
		expect(parseDecimal('1,234.5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseDecimal('1.234,5')).toEqual({ ok: true, value: 1234.5 });
		expect(parseDecimal('1,234,567')).toEqual({ ok: true, value: 1234567 });
		expect(parseDecimal('1.234.567')).toEqual({ ok: true, value: 1234567 });
	});

	it('reads a single comma or dot as the decimal mark', () => {
		expect(parseDecimal('1,234')).toEqual({ ok: true, value: 1.234 });
		expect(parseDecimal('1.234')).toEqual({ ok: true, value: 1.234 });
	});

	it('rejects what is not a finite decimal', () => {
		for (const s of [
			'abc',
			'NaN',
			'Infinity',
			'-Infinity',
			'1e3',
			'0x10',
			'2.5.1',
			'1,2,3',
			'12 34',
			'2.',
			'--1',
			'5 ECTS',
			'1 234,5,6',
			'9'.repeat(400)
		]) {
			expect(parseDecimal(s), s).toEqual({ ok: false, reason: 'number.invalid' });
		}
		expect(parseDecimal('')).toEqual({ ok: false, reason: 'number.missing' });
		expect(parseDecimal('  ')).toEqual({ ok: false, reason: 'number.missing' });
	});
});

describe('parseBoolean', () => {
	it('reads yes and no in English, French and German', () => {
		for (const s of ['true', 'TRUE', 'yes', 'Yes', '1', 'y', 'Y', 'oui', 'ja', 'vrai', 'wahr']) {
			expect(parseBoolean(s), s).toEqual({ ok: true, value: true });
		}
		for (const s of [
			'false',
			'False',
			'no',
			'NO',
			'0',
			'n',
			'N',
			'non',
			'nein',
			'faux',
			'falsch'
		]) {
			expect(parseBoolean(s), s).toEqual({ ok: true, value: false });
		}
	});

	it('reads unknown and empty as null', () => {
		for (const s of ['', ' ', 'unknown', 'Unknown', 'inconnu', 'unbekannt', 'n/a']) {
			expect(parseBoolean(s), s).toEqual({ ok: true, value: null });
		}
	});

	it('rejects anything else', () => {
		for (const s of ['maybe', '2', 'yes please', 'si']) {
			expect(parseBoolean(s), s).toEqual({ ok: false, reason: 'boolean.invalid' });
		}
	});
});

describe('normaliseCode and normaliseCodeList', () => {
	it('returns the code, or why not', () => {
		expect(normaliseCode(PARTICIPATION_FORM, 'Blended learning')).toEqual({
			ok: true,
			value: 'blended'
		});
		expect(normaliseCode(PARTICIPATION_FORM, 'telepathy')).toEqual({
			ok: false,
			reason: 'code.unknown'
		});
		expect(normaliseCode(PARTICIPATION_FORM, ' ')).toEqual({ ok: false, reason: 'code.missing' });
	});

	it('reads ;-separated lists without duplicates', () => {
		expect(normaliseCodeList(TOPIC, 'digital; Green;numérique')).toEqual({
			ok: true,
			value: ['digital', 'green']
		});
		expect(normaliseCodeList(TOPIC, '')).toEqual({ ok: true, value: [] });
		expect(normaliseCodeList(TOPIC, 'digital;blue')).toEqual({ ok: false, reason: 'code.unknown' });
	});
});

describe('normaliseUrl', () => {
	it('accepts absolute http(s) addresses only', () => {
		expect(normaliseUrl(' https://example.org/a ')).toEqual({
			ok: true,
			value: 'https://example.org/a'
		});
		expect(normaliseUrl('HTTP://example.org')).toEqual({ ok: true, value: 'http://example.org/' });
		for (const s of ['javascript:alert(1)', 'example.org', 'ftp://example.org', 'https://']) {
			expect(normaliseUrl(s), s).toEqual({ ok: false, reason: 'url.invalid' });
		}
	});
});
