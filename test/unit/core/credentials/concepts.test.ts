import { describe, expect, it } from 'vitest';
import {
	assessmentType,
	countryFromConcept,
	HOURS_PER_WORKLOAD_DAY,
	durationHours,
	eqfLevel,
	participationForm,
	readCountry,
	supervision,
	workloadDuration
} from '../../../../core/credentials/concepts';
import { countryCode } from '../../../../core/credentials/country-codes';
import { locateJsonError } from '../../../../core/credentials/json-text';

describe('ISO 8601 durations as workload hours', () => {
	it.each([
		['PT60H', 60],
		['PT2H', 2],
		['pt2h', 2],
		['PT1H30M', 1.5],
		['PT90M', 1.5],
		['PT0.5H', 0.5],
		['PT2,5H', 2.5],
		['P0DT4H', 4],
		['PT3600S', 1],
		// A day of workload is a working day of 8 hours, never 24 (HOURS_PER_WORKLOAD_DAY).
		['P1D', 8],
		['P2D', 16],
		['P0.5D', 4],
		['P1DT2H', 10]
	])('%s is %d hours', (duration, hours) => {
		expect(durationHours(duration)).toBe(hours);
	});

	it('says how many days were converted', () => {
		expect(HOURS_PER_WORKLOAD_DAY).toBe(8);
		expect(workloadDuration('P3DT1H')).toEqual({ hours: 25, days: 3 });
		expect(workloadDuration('PT25H')).toEqual({ hours: 25, days: 0 });
	});

	// P60M is sixty months (the EDC sample's activity has it), not sixty minutes. Weeks, months
	// and years are spans of calendar time, not workload.
	it.each(['P60M', 'P1W', 'P1Y', 'P1M2D', 'P1WT2H', 'PT', 'P', '60 hours', 'PT-1H', '2'])(
		'%s gives no hours',
		(duration) => {
			expect(durationHours(duration)).toBeUndefined();
		}
	);
});

describe('issuer countries: inside the coverage, outside it, or no country', () => {
	const base = 'http://publications.europa.eu/resource/authority/country/';
	it.each([
		[`${base}IRL`, { status: 'covered', geo: 'IE' }],
		[`${base}CHE`, { status: 'covered', geo: 'CH' }],
		[`${base}GRC`, { status: 'covered', geo: 'EL' }],
		['GB', { status: 'covered', geo: 'UK' }],
		['Deutschland', { status: 'covered', geo: 'DE' }],
		['Irlande', { status: 'covered', geo: 'IE' }],
		[`${base}USA`, { status: 'outside', geo: 'US' }],
		['CA', { status: 'outside', geo: 'CA' }],
		['United States', { status: 'unreadable' }],
		[`${base}EUR`, { status: 'unreadable' }],
		['ZZ', { status: 'unreadable' }]
	])('%s', (value, reading) => {
		expect(readCountry(value)).toEqual(reading);
	});
});

describe('countries: ISO alpha-2 and alpha-3 to Eurostat codes', () => {
	it.each([
		['IE', 'IE'],
		['ie', 'IE'],
		['GR', 'EL'],
		['GB', 'UK'],
		['EL', 'EL'],
		['UK', 'UK'],
		['IRL', 'IE'],
		['GRC', 'EL'],
		['GBR', 'UK'],
		['USA', 'US'],
		['1A0', 'XK']
	])('%s -> %s', (code, geo) => {
		expect(countryCode(code)).toBe(geo);
	});

	it('rejects what is not a country code', () => {
		for (const code of ['EU', 'EUR', 'ZZZ', 'Ireland', ''])
			expect(countryCode(code)).toBeUndefined();
	});

	it('reads the EU country authority URI', () => {
		const base = 'http://publications.europa.eu/resource/authority/country/';
		expect(countryFromConcept(`${base}IRL`)).toBe('IE');
		expect(countryFromConcept(`${base}GRC`)).toBe('EL');
		expect(countryFromConcept(`${base}EUR`)).toBeUndefined();
	});
});

describe('ELM concepts to the DOMAIN vocabularies', () => {
	it('EQF from the concept URI or an unambiguous label', () => {
		expect(eqfLevel('http://data.europa.eu/snb/eqf/6', 'Level 6')).toBe('6');
		expect(eqfLevel('urn:x', 'EQF level 7')).toBe('7');
		expect(eqfLevel('urn:x', 'RQF Level 6')).toBeUndefined();
		expect(eqfLevel('http://data.europa.eu/snb/eqf/9', undefined)).toBeUndefined();
	});

	it('modes of learning', () => {
		const mode = 'http://data.europa.eu/snb/learning-assessment/';
		expect(participationForm(`${mode}e92d221e4d`, undefined)).toBe('blended');
		expect(participationForm(`${mode}9191af2ed9`, undefined)).toBe('onsite');
		expect(participationForm('urn:x', 'Online')).toBe('online');
		expect(participationForm('urn:x', 'Face-to-face')).toBe('onsite');
		expect(participationForm('urn:x', 'Workbased')).toBeUndefined();
	});

	it('supervision: "with ID verification" while unsupervised is none of the Annex I four', () => {
		expect(supervision('urn:x', 'Unsupervised without ID Verification')).toBe('unsupervised_no_id');
		expect(supervision('urn:x', 'Supervised online with identity verification')).toBe(
			'supervised_online_id'
		);
		expect(supervision('urn:x', 'Supervised without ID verification')).toBe('supervised_no_id');
		expect(supervision('urn:x', 'Unsupervised with ID verification')).toBeUndefined();
		// Online or on site is not said, so it is not one of the four values.
		expect(supervision('urn:x', 'Supervised with ID verification')).toBeUndefined();
	});

	it('assessment labels map only when they are vocabulary terms', () => {
		expect(assessmentType('Written exam')).toBe('exam');
		expect(assessmentType('Peer review')).toBe('peer');
		expect(assessmentType('artefact assessment')).toBeUndefined();
		expect(assessmentType(undefined)).toBeUndefined();
	});
});

describe('locateJsonError', () => {
	it('accepts valid JSON of every kind', () => {
		for (const text of [
			'{}',
			'[]',
			' "x" ',
			'-0.5e+3',
			'true',
			'null',
			'{"a":[1,{"b":"\\u00e9\\n"}]}'
		]) {
			expect(locateJsonError(text)).toBeUndefined();
		}
	});

	it.each([
		['{"a":01}', 6],
		['{"a":"\\x"}', 6],
		['{"a":"\\u12G4"}', 6],
		['{"a":"tab\there"}', 9],
		['[1,]', 3],
		['{"a":1,}', 7],
		['-', 0],
		['nul', 0],
		['"abc', 4]
	])('%s fails at offset %d', (text, offset) => {
		expect(locateJsonError(text)?.offset).toBe(offset);
	});
});
