import { ISSUANCE_COLUMNS, type IssuanceColumn } from './columns';
import type { DateStyle } from './dates';
import type { LearnerIdStyle } from './learners';
import { Weighted } from './prng';

export type CountryForm = 'alpha2' | 'geo' | 'alpha3' | 'name';
export type EqfForm = 'number' | 'roman' | 'level' | 'eqf';

/** How one national export of issuance records is shaped on disk. */
export interface ExportProfile {
	readonly geo: string;
	readonly file: string;
	readonly encoding: 'utf-8' | 'windows-1252';
	readonly bom: boolean;
	readonly delimiter: ',' | ';' | '\t';
	readonly eol: '\n' | '\r\n';
	readonly dateStyle: DateStyle;
	readonly decimalComma: boolean;
	readonly headerStyle: 'snake' | 'title';
	readonly columns: readonly IssuanceColumn[];
	readonly learnerIdStyle: LearnerIdStyle;
	readonly countryForms: Weighted<CountryForm>;
	readonly eqfForms: Weighted<EqfForm>;
}

const EMAIL_IDS = new Set(['NL', 'SE', 'IE']);

const DEFAULT_COUNTRY_FORMS = new Weighted<CountryForm>([
	['alpha2', 90],
	['alpha3', 4],
	['name', 4],
	['geo', 2]
]);
// Greek exports mostly say GR (ISO), sometimes EL (Eurostat): the normaliser must map both.
const GREEK_COUNTRY_FORMS = new Weighted<CountryForm>([
	['alpha2', 55],
	['geo', 30],
	['alpha3', 5],
	['name', 10]
]);
const DEFAULT_EQF_FORMS = new Weighted<EqfForm>([
	['number', 90],
	['roman', 3],
	['level', 4],
	['eqf', 3]
]);
const LABELLED_EQF_FORMS = new Weighted<EqfForm>([
	['number', 30],
	['level', 45],
	['eqf', 15],
	['roman', 10]
]);

const AT_FIRST: readonly IssuanceColumn[] = [
	'learner_id',
	'credential_id',
	'issue_date',
	'title',
	'awarding_body',
	'awarding_body_id',
	'issuer_country'
];
const AT_COLUMNS = [...AT_FIRST, ...ISSUANCE_COLUMNS.filter((c) => !AT_FIRST.includes(c))];
const DE_COLUMNS = ISSUANCE_COLUMNS.filter(
	(c) => c !== 'issuer_region' && c !== 'further_information'
);

export function exportProfile(geo: string): ExportProfile {
	const base: ExportProfile = {
		geo,
		file: `issuance/issuance-${geo.toLowerCase()}.csv`,
		encoding: 'utf-8',
		bom: false,
		delimiter: ',',
		eol: '\n',
		dateStyle: 'iso',
		decimalComma: false,
		headerStyle: 'snake',
		columns: ISSUANCE_COLUMNS,
		learnerIdStyle: EMAIL_IDS.has(geo) ? 'email' : 'numeric',
		countryForms: geo === 'EL' ? GREEK_COUNTRY_FORMS : DEFAULT_COUNTRY_FORMS,
		eqfForms: geo === 'PT' || geo === 'RO' ? LABELLED_EQF_FORMS : DEFAULT_EQF_FORMS
	};
	switch (geo) {
		case 'FR':
		case 'IT':
			// A spreadsheet saved as "CSV (semicolon)" on a Windows PC with a French/Italian locale.
			return {
				...base,
				encoding: 'windows-1252',
				delimiter: ';',
				eol: '\r\n',
				dateStyle: 'dmy-slash',
				decimalComma: true
			};
		case 'DE':
			// Excel "Unicode text": UTF-8 with BOM, tabs, German dates and decimals.
			return {
				...base,
				bom: true,
				delimiter: '\t',
				eol: '\r\n',
				dateStyle: 'dmy-dot',
				decimalComma: true,
				columns: DE_COLUMNS
			};
		case 'AT':
			return { ...base, headerStyle: 'title', columns: AT_COLUMNS };
		default:
			return base;
	}
}
