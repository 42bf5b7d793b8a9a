import { describe, expect, it } from 'vitest';
import {
	AGE_BAND,
	ASSESSMENT_TYPE,
	CYCLE_EQF_LEVEL,
	DEGREE_OF_URBANISATION,
	DIGITAL_FORMAT,
	EDUCATION_LEVEL,
	foldKey,
	FUNDING,
	ISCED_FIELD,
	LABOUR_STATUS,
	LEARNING_SETTING,
	MEASURE_STATUS,
	PARAGRAPH,
	PARAGRAPHS,
	PARTICIPATION_FORM,
	PROVIDER_TYPE,
	QF_EHEA_CYCLE,
	QUALITY_ASSURANCE,
	SEX,
	STACKABILITY,
	SUPERVISION,
	TOPIC,
	VOCABULARIES,
	type Vocabulary
} from '../../../../core/contract/vocabularies';

function expectFamily(vocab: Vocabulary, code: string, spellings: string[]) {
	for (const s of spellings) expect(vocab.match(s), `${vocab.id}: '${s}'`).toBe(code);
}

describe('foldKey', () => {
	it('ignores case, accents, spaces, hyphens, underscores, dots and apostrophes', () => {
		expect(foldKey('On-Site')).toBe('onsite');
		expect(foldKey(' on_site ')).toBe('onsite');
		expect(foldKey('Présentiel')).toBe('presentiel');
		expect(foldKey('Öffentliche Förderung')).toBe('offentlicheforderung');
		expect(foldKey('Straße')).toBe('strasse');
		expect(foldKey('mis en œuvre')).toBe('misenoeuvre');
		expect(foldKey("demandeur d'emploi")).toBe('demandeurdemploi');
		expect(foldKey('demandeur d’emploi')).toBe('demandeurdemploi');
		expect(foldKey('6 (a)')).toBe('6a');
	});

	it('keeps the characters that distinguish age bands', () => {
		expect(foldKey('<25')).toBe('<25');
		expect(foldKey('65+')).toBe('65+');
	});
});

describe('every vocabulary', () => {
	it('matches its own codes and rejects nonsense', () => {
		for (const vocab of Object.values(VOCABULARIES) as Vocabulary[]) {
			for (const code of vocab.codes) expect(vocab.match(code)).toBe(code);
			expect(vocab.match('spaceship')).toBeUndefined();
			expect(vocab.match('')).toBeUndefined();
		}
	});

	it('is keyed by its own id', () => {
		for (const [key, vocab] of Object.entries(VOCABULARIES)) expect(vocab.id).toBe(key);
	});

	it('gives the same answer from its memo as on first sight', () => {
		expect(PARTICIPATION_FORM.match('Face to Face')).toBe('onsite');
		expect(PARTICIPATION_FORM.match('Face to Face')).toBe('onsite');
		expect(PARTICIPATION_FORM.match('Teleportation')).toBeUndefined();
		expect(PARTICIPATION_FORM.match('Teleportation')).toBeUndefined();
	});

	it('has() narrows codes only, not synonyms', () => {
		expect(PARTICIPATION_FORM.has('blended')).toBe(true);
		expect(PARTICIPATION_FORM.has('hybrid')).toBe(false);
	});
});

describe('participation_form', () => {
	it('reads on-site, online and blended in three languages', () => {
		expectFamily(PARTICIPATION_FORM, 'onsite', [
			'On-site',
			'on site',
			'ONSITE',
			'presential',
			'face to face',
			'Face-to-face',
			'in person',
			'Présentiel',
			'en présentiel',
			'Präsenz',
			'vor Ort'
		]);
		expectFamily(PARTICIPATION_FORM, 'online', [
			'Online',
			'on-line',
			'e-learning',
			'distance learning',
			'En ligne',
			'à distance',
			'Fernunterricht'
		]);
		expectFamily(PARTICIPATION_FORM, 'blended', [
			'Blended learning',
			'hybrid',
			'Hybride',
			'mixte',
			'gemischt'
		]);
	});
});

describe('provider_type', () => {
	it('reads every provider type', () => {
		expectFamily(PROVIDER_TYPE, 'hei', [
			'HEI',
			'university',
			'Higher education',
			'higher-education institution',
			'Université',
			'Hochschule',
			'Fachhochschule'
		]);
		expectFamily(PROVIDER_TYPE, 'vet', [
			'VET',
			'vocational',
			'Formation professionnelle',
			'Berufsschule'
		]);
		expectFamily(PROVIDER_TYPE, 'adult_learning', [
			'adult education',
			'Adult learning',
			'Volkshochschule',
			'formation des adultes'
		]);
		expectFamily(PROVIDER_TYPE, 'employer', ['employer', 'company', 'Entreprise', 'Unternehmen']);
		expectFamily(PROVIDER_TYPE, 'social_partner', [
			'trade union',
			'Chamber of commerce',
			'Sozialpartner'
		]);
		expectFamily(PROVIDER_TYPE, 'civil_society', ['NGO', 'civil society organisation', 'Verein']);
		expectFamily(PROVIDER_TYPE, 'public_employment_service', [
			'PES',
			'Public employment service',
			'France Travail',
			'Bundesagentur für Arbeit'
		]);
		expectFamily(PROVIDER_TYPE, 'public_authority', ['ministry', 'Ministère', 'Behörde']);
		expectFamily(PROVIDER_TYPE, 'private_provider', [
			'private',
			'Private training provider',
			'EdTech'
		]);
		expectFamily(PROVIDER_TYPE, 'research_org', ['research institute', 'Forschungseinrichtung']);
		expectFamily(PROVIDER_TYPE, 'other', ['Other', 'autre', 'sonstige']);
	});
});

describe('Annex I element vocabularies', () => {
	it('reads assessment types', () => {
		expectFamily(ASSESSMENT_TYPE, 'exam', [
			'Exam',
			'written examination',
			'Examen',
			'Prüfung',
			'Klausur'
		]);
		expectFamily(ASSESSMENT_TYPE, 'project', ['project work', 'Projet', 'Projektarbeit']);
		expectFamily(ASSESSMENT_TYPE, 'portfolio', ['Portfolio', 'e-portfolio']);
		expectFamily(ASSESSMENT_TYPE, 'practical', ['practical assessment', 'Épreuve pratique']);
		expectFamily(ASSESSMENT_TYPE, 'oral', ['oral exam', 'Mündliche Prüfung', 'examen oral']);
		expectFamily(ASSESSMENT_TYPE, 'online_test', ['online test', 'Online-Test', 'quiz', 'QCM']);
		expectFamily(ASSESSMENT_TYPE, 'peer', ['peer assessment', 'peer review']);
		expectFamily(ASSESSMENT_TYPE, 'other', ['other']);
		expectFamily(ASSESSMENT_TYPE, 'none', ['none', 'no assessment', 'keine']);
	});

	it('reads quality assurance types', () => {
		expectFamily(QUALITY_ASSURANCE, 'internal', [
			'Internal QA',
			'interne',
			'Interne Qualitätssicherung'
		]);
		expectFamily(QUALITY_ASSURANCE, 'external_provider', [
			'external',
			'ESG',
			'EQAVET',
			'institutional accreditation',
			'Assurance qualité externe'
		]);
		expectFamily(QUALITY_ASSURANCE, 'accredited_programme', [
			'accredited programme',
			'Accredited program',
			'Programmakkreditierung'
		]);
		expectFamily(QUALITY_ASSURANCE, 'none', ['None', 'no QA', 'aucune']);
	});

	it('reads the four Annex I supervision values as Annex I words them', () => {
		expectFamily(SUPERVISION, 'unsupervised_no_id', [
			'unsupervised with no identity verification',
			'Unsupervised',
			'sans surveillance'
		]);
		expectFamily(SUPERVISION, 'supervised_no_id', [
			'supervised with no identity verification',
			'supervised',
			'beaufsichtigt'
		]);
		expectFamily(SUPERVISION, 'supervised_online_id', ['supervised online', 'online proctoring']);
		expectFamily(SUPERVISION, 'onsite_id', ['onsite with identity verification', 'On-site']);
	});

	it('reads stackability options', () => {
		expectFamily(STACKABILITY, 'standalone', [
			'stand-alone',
			'Stand alone',
			'independent micro-credential',
			'eigenständig'
		]);
		expectFamily(STACKABILITY, 'stackable', [
			'Stackable',
			'integrated',
			'stackable towards another credential',
			'cumulable',
			'stapelbar'
		]);
	});

	it('reads QF-EHEA cycles, with DEQAR numbering', () => {
		expectFamily(QF_EHEA_CYCLE, 'short', ['short cycle', 'Short-cycle', '0', 'cycle court']);
		expectFamily(QF_EHEA_CYCLE, 'first', [
			'First cycle',
			'1st cycle',
			'1',
			'Bachelor',
			'premier cycle'
		]);
		expectFamily(QF_EHEA_CYCLE, 'second', ['second cycle', '2', 'Master', 'deuxième cycle']);
		expectFamily(QF_EHEA_CYCLE, 'third', ['third cycle', '3', 'PhD', 'Doctorate', 'doctorat']);
		expect(QF_EHEA_CYCLE.match('4')).toBeUndefined();
		expect(CYCLE_EQF_LEVEL).toEqual({ short: 5, first: 6, second: 7, third: 8 });
	});
});

describe('context vocabularies', () => {
	it('reads learning settings', () => {
		expectFamily(LEARNING_SETTING, 'formal', ['Formal', 'formal learning', 'formel']);
		expectFamily(LEARNING_SETTING, 'non_formal', [
			'non-formal',
			'Non formal',
			'nonformal',
			'non formel'
		]);
		expectFamily(LEARNING_SETTING, 'informal', [
			'informal',
			'validation',
			'RPL',
			'VAE',
			'informell'
		]);
	});

	it('reads digital formats', () => {
		expectFamily(DIGITAL_FORMAT, 'edc', ['EDC', 'European Digital Credentials for Learning']);
		expectFamily(DIGITAL_FORMAT, 'open_badges_3', ['Open Badges 3.0', 'OB3', 'open badges v3']);
		expectFamily(DIGITAL_FORMAT, 'open_badges_2', ['Open Badges 2.0', 'OBv2', 'open badges 2.1']);
		expectFamily(DIGITAL_FORMAT, 'pdf', ['PDF', 'signed PDF']);
		expectFamily(DIGITAL_FORMAT, 'paper', ['paper', 'printed', 'Papier']);
		expectFamily(DIGITAL_FORMAT, 'other', ['other']);
		expect(DIGITAL_FORMAT.match('open badge')).toBeUndefined();
	});

	it('reads funding sources', () => {
		expectFamily(FUNDING, 'individual_learning_account', [
			'ILA',
			'individual learning account',
			'CPF',
			'Compte personnel de formation',
			'individuelles Lernkonto'
		]);
		expectFamily(FUNDING, 'public', [
			'public',
			'public funding',
			'financement public',
			'öffentlich'
		]);
		expectFamily(FUNDING, 'employer', ['employer', 'employer-funded', 'Arbeitgeber']);
		expectFamily(FUNDING, 'eu_funds', ['EU funds', 'ESF+', 'European Social Fund', 'RRF', 'FSE+']);
		expectFamily(FUNDING, 'self', ['self', 'self-funded', 'autofinancement', 'Selbstzahler']);
		expectFamily(FUNDING, 'other', ['other']);
	});

	it('reads ISCED-F broad fields from codes, names and narrower codes', () => {
		expectFamily(ISCED_FIELD, '00', ['00', '0', 'F00', 'Generic programmes and qualifications']);
		expectFamily(ISCED_FIELD, '01', ['1', '01', 'Education', 'Éducation', '011', '0111']);
		expectFamily(ISCED_FIELD, '04', ['Business, administration and law', '0413']);
		expectFamily(ISCED_FIELD, '06', [
			'06',
			'ICT',
			'Information and Communication Technologies',
			'ISCED-F 06',
			'061',
			'0613',
			'TIC'
		]);
		expectFamily(ISCED_FIELD, '10', ['10', 'Services', '1015', 'Dienstleistungen']);
		expect(ISCED_FIELD.match('11')).toBeUndefined();
		expect(ISCED_FIELD.match('99')).toBeUndefined();
	});

	it('reads the digital and green topics', () => {
		expectFamily(TOPIC, 'digital', ['Digital', 'digital skills', 'numérique', 'Digitalisierung']);
		expectFamily(TOPIC, 'green', [
			'green',
			'sustainability',
			'transition écologique',
			'Nachhaltigkeit'
		]);
	});
});

describe('learner attribute vocabularies', () => {
	it('reads age bands, Eurostat codes and plain ages', () => {
		expectFamily(AGE_BAND, '<25', [
			'<25',
			'under 25',
			'Y_LT25',
			'18-24',
			'moins de 25 ans',
			'unter 25'
		]);
		expectFamily(AGE_BAND, '25-34', [
			'25-34',
			'25–34',
			'25 to 34',
			'Y25-34',
			'25-34 ans',
			'25 bis 34 Jahre'
		]);
		expectFamily(AGE_BAND, '35-44', ['35-44', 'Y35-44']);
		expectFamily(AGE_BAND, '45-54', ['45 - 54', 'Y45-54']);
		expectFamily(AGE_BAND, '55-64', ['55-64', '55 to 64 years']);
		expectFamily(AGE_BAND, '65+', [
			'65+',
			'65 and over',
			'Y_GE65',
			'65 ans et plus',
			'65 und älter'
		]);
		expect(AGE_BAND.match('24')).toBe('<25');
		expect(AGE_BAND.match('25')).toBe('25-34');
		expect(AGE_BAND.match('34')).toBe('25-34');
		expect(AGE_BAND.match('64')).toBe('55-64');
		expect(AGE_BAND.match('65')).toBe('65+');
		expect(AGE_BAND.match('121')).toBeUndefined();
		expect(AGE_BAND.match('5')).toBeUndefined();
	});

	it('reads sex in three languages', () => {
		expectFamily(SEX, 'F', ['F', 'f', 'female', 'Woman', 'W', 'weiblich', 'Femme', 'féminin']);
		expectFamily(SEX, 'M', ['M', 'm', 'male', 'Man', 'männlich', 'Homme', 'H', 'masculin']);
		expectFamily(SEX, 'X', ['X', 'divers', 'D', 'non-binary', 'other']);
		expectFamily(SEX, 'unknown', ['unknown', 'U', 'prefer not to say', 'inconnu', 'keine Angabe']);
		expect(SEX.match('1')).toBeUndefined();
	});

	it('maps ISCED 0-8 levels onto low, medium and high', () => {
		expectFamily(EDUCATION_LEVEL, 'low', [
			'low',
			'0',
			'1',
			'2',
			'ISCED 0-2',
			'ED0-2',
			'ISCED 2',
			'primary'
		]);
		expectFamily(EDUCATION_LEVEL, 'medium', [
			'medium',
			'3',
			'4',
			'ISCED 3-4',
			'ED3_4',
			'upper secondary'
		]);
		expectFamily(EDUCATION_LEVEL, 'high', [
			'high',
			'5',
			'6',
			'7',
			'8',
			'ISCED 5-8',
			'ED5-8',
			'tertiary',
			'élevé'
		]);
		expect(EDUCATION_LEVEL.match('9')).toBeUndefined();
	});

	it('reads labour status', () => {
		expectFamily(LABOUR_STATUS, 'employed', ['employed', 'employee', 'salarié', 'erwerbstätig']);
		expectFamily(LABOUR_STATUS, 'self_employed', [
			'self-employed',
			'Self employed',
			'freelance',
			'selbstständig'
		]);
		expectFamily(LABOUR_STATUS, 'unemployed', ['unemployed', 'jobseeker', 'chômeur', 'arbeitslos']);
		expectFamily(LABOUR_STATUS, 'long_term_unemployed', [
			'long-term unemployed',
			'LTU',
			'chômeur de longue durée',
			'langzeitarbeitslos'
		]);
		expectFamily(LABOUR_STATUS, 'inactive', ['inactive', 'economically inactive', 'inactif']);
	});

	it('reads the degree of urbanisation', () => {
		expectFamily(DEGREE_OF_URBANISATION, 'city', [
			'city',
			'Cities',
			'densely populated area',
			'DEG1',
			'ville'
		]);
		expectFamily(DEGREE_OF_URBANISATION, 'town', ['towns and suburbs', 'intermediate', 'DEG2']);
		expectFamily(DEGREE_OF_URBANISATION, 'rural', [
			'rural areas',
			'thinly populated',
			'DEG3',
			'ländlich'
		]);
	});
});

describe('national measures', () => {
	it('reads measure statuses', () => {
		expectFamily(MEASURE_STATUS, 'planned', ['planned', 'Prévu', 'geplant']);
		expectFamily(MEASURE_STATUS, 'in_progress', [
			'in progress',
			'In-progress',
			'ongoing',
			'en cours',
			'laufend'
		]);
		expectFamily(MEASURE_STATUS, 'implemented', [
			'implemented',
			'done',
			'mis en œuvre',
			'umgesetzt'
		]);
	});

	it('lists the lettered paragraphs of the Recommendation addressed to Member States', () => {
		expect(PARAGRAPHS).toEqual([
			'6a', '6b', '6c',
			'7a', '7b', '7c',
			'8a', '8b', '8c',
			'9a', '9b', '9c', '9d',
			'10',
			'11a', '11b', '11c', '11d', '11e', '11f', '11g', '11h', '11i', '11j',
			'12a', '12b', '12c', '12d', '12e', '12f', '12g',
			'13',
			'14',
			'15a', '15b'
		]); // prettier-ignore
	});

	it('reads paragraph references however they are written', () => {
		expectFamily(PARAGRAPH, '6a', [
			'6a',
			'6(a)',
			'6 (a)',
			'6.a',
			'Paragraph 6(a)',
			'para. 6a',
			'§ 6 a)'
		]);
		expectFamily(PARAGRAPH, '11e', ['11e', '11 e)', 'Point 11 e)', 'paragraphe 11e']);
		expectFamily(PARAGRAPH, '10', ['10', 'para 10', 'Absatz 10']);
		expectFamily(PARAGRAPH, '15b', ['15b', '15(b)', 'Nr. 15 b']);
		for (const bad of ['6d', '9e', '10a', '11k', '12h', '15c', '16a', '5a', '1', '21']) {
			expect(PARAGRAPH.match(bad), bad).toBeUndefined();
		}
	});
});
