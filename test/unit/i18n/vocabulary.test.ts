import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/lib/i18n/translate';
import { codeLabel, dimensionLabel } from '../../../src/lib/i18n/vocabulary';
import {
	DIGITAL_FORMATS,
	FUNDING_SOURCES,
	ISCED_FIELDS,
	LEARNING_SETTINGS,
	PARTICIPATION_FORMS,
	PROVIDER_TYPES,
	TOPICS
} from '../../../core/contract/vocabularies';
import { ANNEX_I_MANDATORY } from '../../../core/contract/issuance-record';
import { INCLUSION_GROUPS } from '../../../pipelines/indicators/inclusion';

const en = createTranslator('en');
const fr = createTranslator('fr');

describe('names of codes', () => {
	it('name every code of the contract, the groups and the Annex I elements in each language', () => {
		const codes: [Parameters<typeof codeLabel>[1], readonly string[]][] = [
			['provider_type', PROVIDER_TYPES],
			['learning_setting', LEARNING_SETTINGS],
			['participation_form', PARTICIPATION_FORMS],
			['field', ISCED_FIELDS],
			['topic', TOPICS],
			['funding', FUNDING_SOURCES],
			['digital_format', DIGITAL_FORMATS],
			['group', INCLUSION_GROUPS.map((g) => g.group)],
			['annex1', [...ANNEX_I_MANDATORY.map((e) => String(e.number)), 'all']]
		];
		for (const [dimension, list] of codes)
			for (const code of list) {
				for (const t of [en, fr, createTranslator('de')])
					expect(codeLabel(t, dimension, code), `${dimension}.${code}`).not.toBe(code);
			}
	});

	it('name the total, the unknown and the EQF levels, and leave an unknown code as it is', () => {
		expect(codeLabel(en, 'provider_type', '_T')).toBe('All');
		expect(codeLabel(fr, 'funding', 'UNK')).toBe('Non renseigné');
		expect(codeLabel(en, 'topic', 'UNK')).toBe('Neither digital nor green');
		expect(codeLabel(en, 'eqf_level', '6')).toBe('EQF level 6');
		expect(codeLabel(fr, 'eqf_level', 'NAP')).toBe('Niveau sans objet');
		expect(codeLabel(en, 'eqf_level', '9')).toBe('9');
		expect(codeLabel(en, 'field', 'xyz')).toBe('xyz');
		expect(dimensionLabel(en, 'ects_band')).toBe('Workload (ECTS)');
		expect(dimensionLabel(en, 'other')).toBe('other');
	});
});
