import {
	assessmentType,
	combineForms,
	countryFromConcept,
	durationHours,
	eqfLevel,
	formatNumber,
	isEctsFramework,
	learningSetting,
	nutsFromConcept,
	participationForm,
	supervision
} from './concepts';
import { compactElmKeys } from './elm-terms';
import { ImportBuilder, type Mapped } from './import-builder';
import {
	JsonDoc,
	conceptId,
	conceptLabel,
	hasType,
	join,
	literal,
	textOf,
	type JsonObject,
	type Node
} from './json-walk';
import {
	ESCO_SKILL,
	isLocalId,
	listPath,
	mapIssueDate,
	unique,
	type MapContext
} from './map-common';
import type { ParticipationForm } from '../contract/vocabularies';

const LEGAL_IDS = ['registration', 'eIDASIdentifier', 'vatIdentifier', 'taxIdentifier'];

interface Place {
	doc: JsonDoc;
	b: ImportBuilder;
}

/** Maps an ELM v3 European Digital Credential (compact JSON-LD, EDC application profile). */
export function mapElm(credential: JsonObject, context: MapContext = {}): Mapped {
	const doc = new JsonDoc(compactElmKeys(credential) as JsonObject);
	const b = new ImportBuilder();
	const at: Place = { doc, b };
	const root = doc.top;
	const subject = doc.one(root, 'credentialSubject');
	const claims = doc.all(subject, 'hasClaim');
	const claim = claims.find((c) => hasType(c.value, 'LearningAchievement')) ?? claims[0];
	if (claim && claims.length > 1) {
		b.note(
			'title',
			claim.path,
			`the credential has ${claims.length} claims; only this one is mapped`
		);
	}
	const spec = doc.one(claim, 'specifiedBy');
	const issuer = doc.one(root, 'issuer');
	const bodies = doc.all(claim, 'awardedBy').flatMap((a) => doc.all(a, 'awardingBody'));
	const assessments = doc.all(claim, 'provenBy');

	mapLearner(at, subject, context);
	mapTitle(at, root, claim, spec);
	mapCountry(at, issuer, bodies);
	mapRegion(at, issuer);
	mapAwardingBody(at, issuer, bodies);
	mapDate(at, root, claim, context);
	mapOutcomes(at, spec);
	mapWorkload(at, spec);
	mapLevel(at, spec);
	mapAssessment(at, assessments);
	mapParticipation(at, claim, spec);
	mapQualityAssurance(at, spec, [...bodies, issuer]);
	mapOptional(at, claim, spec, assessments);
	return b.finish();
}

function mapLearner({ doc, b }: Place, subject: Node | undefined, context: MapContext): void {
	const id = literal(subject, 'id');
	if (subject && id && !isLocalId(id)) return b.found(1, id, join(subject.path, 'id'));
	const sub = context.claims?.sub;
	if (sub && !isLocalId(sub)) return b.found(1, sub, 'jwt.sub');
	const national = doc.one(subject, 'nationalID');
	const nationalId = literal(national, 'notation');
	if (national && nationalId) return b.found(1, nationalId, join(national.path, 'notation'));
	const mailbox = doc.one(subject, 'contactPoint', 'emailAddress');
	const mail = conceptId(mailbox?.value);
	if (mailbox && mail) return b.found(1, mail.replace(/^mailto:/i, ''), join(mailbox.path, 'id'));
	if (subject && id) {
		return b.notMappable(
			1,
			join(subject.path, 'id'),
			'only a document-local identifier (urn:epass:...), not stable across credentials'
		);
	}
	const named = ['fullName', 'givenName', 'familyName'].find((k) => literal(subject, k));
	if (subject && named) {
		return b.notMappable(
			1,
			join(subject.path, named),
			'the learner is named but not identified; names are not used as identifiers'
		);
	}
	b.missing(1);
}

function mapTitle(
	{ doc, b }: Place,
	root: Node,
	claim: Node | undefined,
	spec: Node | undefined
): void {
	for (const node of [claim, spec]) {
		const title = literal(node, 'title');
		if (node && title) return b.found(2, title, join(node.path, 'title'));
	}
	const display = doc.one(root, 'displayParameter');
	const title = literal(display, 'title');
	if (display && title) {
		return b.found(2, title, join(display.path, 'title'), {
			note: 'display title of the credential; the claim has no title'
		});
	}
	b.missing(2);
}

interface CountryHit {
	code?: string;
	raw: string;
	path: string;
}

function countryHits(concepts: Node[]): CountryHit[] {
	return concepts.flatMap((node) => {
		const id = conceptId(node.value);
		return id
			? [{ code: countryFromConcept(id), raw: id.split('/').pop() ?? id, path: node.path }]
			: [];
	});
}

function addressCountries(doc: JsonDoc, org: Node | undefined): CountryHit[] {
	const concepts = doc
		.all(org, 'location')
		.flatMap((l) => doc.all(l, 'address'))
		.flatMap((a) => doc.all(a, 'countryCode'));
	return countryHits(concepts);
}

function legalCountries(doc: JsonDoc, org: Node | undefined): CountryHit[] {
	const concepts = LEGAL_IDS.flatMap((k) => doc.all(org, k)).flatMap((i) => doc.all(i, 'spatial'));
	return countryHits(concepts);
}

function mapCountry({ doc, b }: Place, issuer: Node | undefined, bodies: Node[]): void {
	const sources: [() => CountryHit[], string | undefined][] = [
		[() => addressCountries(doc, issuer), undefined],
		[() => legalCountries(doc, issuer), 'from the legal identifier of the issuer; no address'],
		[() => bodies.flatMap((o) => addressCountries(doc, o)), 'from the awarding body address']
	];
	for (const [read, note] of sources) {
		const hits = read();
		if (hits.length === 0) continue;
		const codes = unique(hits.map((h) => h.code));
		if (codes.length > 0) return b.found(3, codes.join(';'), listPath(hits[0].path), { note });
		return b.notMappable(3, hits[0].path, 'country concept is not an ISO 3166 code', hits[0].raw);
	}
	b.missing(3);
}

function mapRegion({ doc, b }: Place, issuer: Node | undefined): void {
	const regions: string[] = [];
	for (const node of doc.all(issuer, 'location').flatMap((l) => doc.all(l, 'spatialCode'))) {
		const nuts = nutsFromConcept(conceptId(node.value));
		if (nuts) regions.push(nuts);
		else b.note('issuer_region', node.path, 'spatial code is not a NUTS code; region left empty');
	}
	b.set('issuer_region', unique(regions).join(';'));
}

const NAME_KEYS = ['legalName', 'prefLabel', 'name'];

function orgName(org: Node): { text: string; path: string } | undefined {
	for (const key of NAME_KEYS) {
		const text = literal(org, key);
		if (text) return { text, path: join(org.path, key) };
	}
	return undefined;
}

/** A DEQAR or ETER id first (DOMAIN.md), then the legal registration, then other ids. */
function organisationId(doc: JsonDoc, org: Node): string | undefined {
	const identifiers = doc.all(org, 'identifier');
	const registry = identifiers.find((i) =>
		/deqar|eter/i.test(`${literal(i, 'schemeName')} ${literal(i, 'schemeId')}`)
	);
	const candidates = [
		registry,
		doc.one(org, 'registration'),
		...identifiers,
		...LEGAL_IDS.slice(1).map((k) => doc.one(org, k))
	];
	for (const node of candidates) {
		const value = typeof node?.value === 'string' ? node.value : literal(node, 'notation');
		if (value) return value;
	}
	const id = literal(org, 'id');
	return id && !isLocalId(id) ? id : undefined;
}

function mapAwardingBody({ doc, b }: Place, issuer: Node | undefined, bodies: Node[]): void {
	const named = bodies.flatMap((org) => {
		const name = orgName(org);
		return name ? [{ org, name }] : [];
	});
	if (named.length > 0) {
		b.found(4, unique(named.map((n) => n.name.text)).join(';'), listPath(named[0].name.path));
		b.set('awarding_body_id', unique(named.map((n) => organisationId(doc, n.org))).join(';'));
		return;
	}
	if (bodies.length > 0) {
		b.set('awarding_body_id', unique(bodies.map((o) => conceptId(o.value))).join(';'));
		return b.notMappable(4, bodies[0].path, 'awarding body given by reference only');
	}
	const name = issuer && orgName(issuer);
	if (issuer && name) {
		b.found(4, name.text, name.path, {
			note: 'the credential issuer; the claim names no awarding body'
		});
		b.set('awarding_body_id', organisationId(doc, issuer));
		return;
	}
	b.missing(4);
}

/** The awarding date of the claim first: a credential may be issued long after the award. */
function mapDate(
	{ doc, b }: Place,
	root: Node,
	claim: Node | undefined,
	context: MapContext
): void {
	for (const awarding of doc.all(claim, 'awardedBy')) {
		const date = literal(awarding, 'awardingDate');
		if (date) return b.found(5, date, join(awarding.path, 'awardingDate'));
	}
	mapIssueDate(b, root, ['issued', 'issuanceDate', 'dateIssued'], context.claims);
}

function mapOutcomes({ doc, b }: Place, spec: Node | undefined): void {
	const outcomes = doc.all(spec, 'learningOutcome');
	const skills = outcomes
		.flatMap((o) => [...doc.all(o, 'relatedESCOSkill'), ...doc.all(o, 'relatedSkill')])
		.filter((s) => ESCO_SKILL.test(conceptId(s.value) ?? ''));
	if (skills.length > 0) {
		const uris = unique(skills.map((s) => conceptId(s.value)?.trim()));
		return b.found(6, uris.join(';'), listPath(skills[0].path));
	}
	const titled = outcomes.filter((o) => literal(o, 'title'));
	if (titled.length > 0) {
		const texts = unique(titled.map((o) => literal(o, 'title')));
		return b.found(6, texts.join('; '), listPath(join(titled[0].path, 'title')));
	}
	const summary = doc.one(spec, 'learningOutcomeSummary');
	const text = textOf(summary?.value);
	if (summary && text) return b.found(6, text, summary.path);
	b.missing(6);
}

function mapWorkload({ doc, b }: Place, spec: Node | undefined): void {
	const credits = doc.all(spec, 'creditPoint');
	const ects = credits.find((c) => {
		const framework = doc.one(c, 'framework')?.value;
		return isEctsFramework(conceptId(framework), conceptLabel(framework)) && literal(c, 'point');
	});
	const volumeKey = ['volumeOfLearning', 'workload'].find((k) => literal(spec, k));
	const volumePath = spec && volumeKey ? join(spec.path, volumeKey) : '';
	const hours = volumeKey ? durationHours(literal(spec, volumeKey) ?? '') : undefined;
	if (volumeKey && hours === undefined) {
		b.note('workload_hours', volumePath, 'duration has calendar parts (days to years); not hours');
	}
	if (hours !== undefined) b.set('workload_hours', formatNumber(hours));
	if (ects) return b.found(7, literal(ects, 'point') ?? '', join(ects.path, 'point'));
	if (hours !== undefined) {
		return b.found(7, formatNumber(hours), volumePath, { column: 'workload_hours' });
	}
	if (credits.length > 0) {
		return b.notMappable(7, credits[0].path, 'credit points in a framework other than ECTS');
	}
	if (volumeKey) return b.notMappable(7, volumePath, 'duration cannot be converted to hours');
	b.missing(7);
}

function mapLevel({ doc, b }: Place, spec: Node | undefined): void {
	const eqf = doc.one(spec, 'eqfLevel');
	if (eqf) {
		const label = conceptLabel(eqf.value);
		const level = eqfLevel(conceptId(eqf.value), label);
		if (level) return b.found(8, level, eqf.path);
		return b.notMappable(8, eqf.path, 'EQF level concept not recognised', label);
	}
	const nqf = doc.one(spec, 'nqfLevel');
	if (nqf) return b.notMappable(8, nqf.path, 'only a national framework level; no EQF level');
	b.missing(8);
}

function mapAssessment({ doc, b }: Place, assessments: Node[]): void {
	const mapped: { value: string; path: string }[] = [];
	let unmapped: { path: string; label?: string } | undefined;
	for (const assessment of assessments) {
		const spec = doc.one(assessment, 'specifiedBy');
		const types = doc.all(spec, 'dcType');
		for (const type of types) {
			const label = conceptLabel(type.value);
			const value = assessmentType(label);
			if (value) mapped.push({ value, path: type.path });
			else unmapped ??= { path: type.path, label };
		}
		if (types.length > 0) continue;
		// Without a type concept, only a title that is itself a vocabulary term counts.
		for (const node of [spec, assessment]) {
			const value = assessmentType(literal(node, 'title'));
			if (node && value) mapped.push({ value, path: join(node.path, 'title') });
		}
	}
	if (mapped.length > 0) {
		return b.found(9, unique(mapped.map((m) => m.value)).join(';'), mapped[0].path);
	}
	if (unmapped) {
		return b.notMappable(9, unmapped.path, 'assessment type not in the vocabulary', unmapped.label);
	}
	if (assessments.length > 0) {
		return b.notMappable(9, assessments[0].path, 'assessment described without a type');
	}
	b.missing(9);
}

function mapParticipation(
	{ doc, b }: Place,
	claim: Node | undefined,
	spec: Node | undefined
): void {
	let modes = doc.all(spec, 'mode');
	let note: string | undefined;
	if (modes.length === 0) {
		modes = doc
			.all(claim, 'influencedBy')
			.flatMap((activity) => doc.all(doc.one(activity, 'specifiedBy'), 'mode'));
		note = 'mode of the learning activity';
	}
	if (modes.length === 0) return b.missing(10);
	const forms = modes
		.map((m) => participationForm(conceptId(m.value), conceptLabel(m.value)))
		.filter((f): f is ParticipationForm => f !== undefined);
	const form = combineForms(forms);
	if (form) return b.found(10, form, listPath(modes[0].path), { note });
	b.notMappable(10, modes[0].path, 'mode not in the vocabulary', conceptLabel(modes[0].value));
}

/** An ELM accreditation is external QA: of the programme, or else of the provider. */
function mapQualityAssurance(
	{ doc, b }: Place,
	spec: Node | undefined,
	organisations: (Node | undefined)[]
): void {
	const programme = doc.one(spec, 'accreditation');
	if (programme) return b.found(11, 'accredited_programme', programme.path);
	const provider = organisations.flatMap((o) => doc.all(o, 'accreditation'))[0];
	if (provider) return b.found(11, 'external_provider', provider.path);
	b.missing(11);
}

function mapOptional(
	{ doc, b }: Place,
	claim: Node | undefined,
	spec: Node | undefined,
	assessments: Node[]
): void {
	b.set('prerequisites', textOf(doc.one(spec, 'entryRequirement')?.value));

	const verification = assessments.flatMap((a) => doc.all(a, 'idVerification'))[0];
	if (verification) {
		const label = conceptLabel(verification.value);
		const value = supervision(conceptId(verification.value), label);
		b.set('supervision', value ?? label);
		if (!value) b.note('supervision', verification.path, 'not one of the four Annex I values');
	}

	const grade = assessments.map((a) => doc.one(a, 'grade')).find((g) => textOf(g?.value));
	b.set('grade', textOf(grade?.value));

	const whole = doc.one(claim, 'isPartOf') ?? doc.one(spec, 'isPartOf');
	if (whole) {
		b.set('stackability', 'stackable');
		b.set('stackable_towards', literal(whole, 'title') ?? conceptId(whole.value));
	}

	const note = [claim, spec].map((n) => doc.one(n, 'additionalNote')).find((n) => textOf(n?.value));
	const page = ['supplementaryDocument', 'homepage']
		.map((k) => literal(doc.one(spec, k), 'contentURL'))
		.find((url) => url);
	b.set('further_information', textOf(note?.value) ?? page);

	const setting = doc.one(spec, 'learningSetting');
	if (setting) {
		const label = conceptLabel(setting.value);
		const value = learningSetting(conceptId(setting.value), label);
		b.set('learning_setting', value ?? label);
		if (!value) b.note('learning_setting', setting.path, 'learning setting not in the vocabulary');
	}
}
