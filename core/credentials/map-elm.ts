import {
	HOURS_PER_WORKLOAD_DAY,
	assessmentType,
	combineForms,
	eqfLevel,
	formatNumber,
	isEctsFramework,
	learningSetting,
	nutsFromConcept,
	participationForm,
	supervision,
	workloadDuration
} from './concepts';
import { compactElmKeys } from './elm-terms';
import { ImportBuilder, type CountryHit, type Mapped } from './import-builder';
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
	mapWorkload(at, claim, spec);
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

function countryHits(concepts: Node[], note?: string): CountryHit[] {
	return concepts.flatMap((node) => {
		const id = conceptId(node.value);
		return id ? [{ value: id, path: node.path, ...(note === undefined ? {} : { note }) }] : [];
	});
}

function addressCountries(doc: JsonDoc, org: Node | undefined, note?: string): CountryHit[] {
	const concepts = doc
		.all(org, 'location')
		.flatMap((l) => doc.all(l, 'address'))
		.flatMap((a) => doc.all(a, 'countryCode'));
	return countryHits(concepts, note);
}

function legalCountries(doc: JsonDoc, org: Node | undefined): CountryHit[] {
	const concepts = LEGAL_IDS.flatMap((k) => doc.all(org, k)).flatMap((i) => doc.all(i, 'spatial'));
	return countryHits(concepts, 'from the legal identifier of the issuer');
}

/** The issuer's address first, then its legal identifiers, then the awarding bodies' addresses. */
function mapCountry({ doc, b }: Place, issuer: Node | undefined, bodies: Node[]): void {
	b.issuerCountries([
		...addressCountries(doc, issuer),
		...legalCountries(doc, issuer),
		...bodies.flatMap((o) => addressCountries(doc, o, 'from the awarding body address'))
	]);
}

/** NUTS regions of the issuer inside the country the credential is counted under. */
function mapRegion({ doc, b }: Place, issuer: Node | undefined): void {
	const regions: string[] = [];
	let path: string | undefined;
	const country = b.record.issuer_country;
	for (const node of doc.all(issuer, 'location').flatMap((l) => doc.all(l, 'spatialCode'))) {
		const id = conceptId(node.value);
		const nuts = nutsFromConcept(id);
		if (!nuts) b.unknown('issuer_region', node.path, id, 'spatial code is not a NUTS code');
		else if (country && !nuts.startsWith(country)) {
			b.unknown('issuer_region', node.path, id, `not a region of ${country}, the issuer country`);
		} else {
			regions.push(nuts);
			path ??= node.path;
		}
	}
	b.set('issuer_region', unique(regions).join(';'), path);
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
		const ids = unique(named.map((n) => organisationId(doc, n.org))).join(';');
		b.set('awarding_body_id', ids, named[0].org.path);
		return;
	}
	if (bodies.length > 0) {
		const ids = unique(bodies.map((o) => conceptId(o.value)));
		b.set('awarding_body_id', ids.join(';'), bodies[0].path);
		return b.notMappable(4, bodies[0].path, 'awarding body given by reference only', ids[0]);
	}
	const name = issuer && orgName(issuer);
	if (issuer && name) {
		b.found(4, name.text, name.path, {
			note: 'the credential issuer; the claim names no awarding body'
		});
		b.set('awarding_body_id', organisationId(doc, issuer), issuer.path);
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

const VOLUME_KEYS = ['volumeOfLearning', 'workload'];

/** The first stated duration: the specification's volume of learning, else the claim's workload. */
function volumeOf(nodes: (Node | undefined)[]): { text: string; path: string } | undefined {
	for (const node of nodes) {
		for (const key of VOLUME_KEYS) {
			const text = literal(node, key);
			if (node && text) return { text, path: join(node.path, key) };
		}
	}
	return undefined;
}

/**
 * Element 7: ECTS credits first, else the volume of learning in hours (an ISO 8601 duration;
 * days at HOURS_PER_WORKLOAD_DAY, see workloadDuration). workload_hours is filled whenever the
 * duration can be read, also next to ECTS credits.
 */
function mapWorkload({ doc, b }: Place, claim: Node | undefined, spec: Node | undefined): void {
	const credits = doc.all(spec, 'creditPoint');
	const ects = credits.find((c) => {
		const framework = doc.one(c, 'framework')?.value;
		return isEctsFramework(conceptId(framework), conceptLabel(framework)) && literal(c, 'point');
	});
	const volume = volumeOf([spec, claim]);
	const duration = volume ? workloadDuration(volume.text) : undefined;
	const hours = duration ? formatNumber(duration.hours) : undefined;
	if (volume && duration && duration.days > 0) {
		const h = HOURS_PER_WORKLOAD_DAY;
		b.warn(
			'credential.workload_days',
			'workload_hours',
			volume.path,
			volume.text,
			`${duration.days} day(s) read as ${formatNumber(duration.days * h)} hours (${h} hours per day)`
		);
	}
	const calendar = 'a duration in weeks, months or years, or not an ISO 8601 duration';
	if (ects) {
		if (volume && hours !== undefined) b.set('workload_hours', hours, volume.path);
		else if (volume) b.unknown('workload_hours', volume.path, volume.text, calendar);
		return b.found(7, literal(ects, 'point') ?? '', join(ects.path, 'point'));
	}
	if (volume && hours !== undefined) {
		return b.found(7, hours, volume.path, { column: 'workload_hours' });
	}
	if (credits.length > 0) {
		const framework = doc.one(credits[0], 'framework')?.value;
		const name = conceptLabel(framework) ?? conceptId(framework);
		const point = literal(credits[0], 'point');
		return b.notMappable(
			7,
			credits[0].path,
			'credit points in a framework other than ECTS',
			[point, name].filter((v) => v !== undefined).join(' ') || undefined
		);
	}
	if (volume) return b.notMappable(7, volume.path, calendar, volume.text);
	b.missing(7);
}

function mapLevel({ doc, b }: Place, spec: Node | undefined): void {
	const eqf = doc.one(spec, 'eqfLevel');
	if (eqf) {
		const label = conceptLabel(eqf.value);
		const level = eqfLevel(conceptId(eqf.value), label);
		if (level) return b.found(8, level, eqf.path);
		return b.notMappable(8, eqf.path, 'EQF level concept not recognised', conceptValue(eqf));
	}
	const nqf = doc.one(spec, 'nqfLevel');
	if (nqf) {
		return b.notMappable(
			8,
			nqf.path,
			'only a national framework level; no EQF level',
			conceptValue(nqf)
		);
	}
	b.missing(8);
}

/** What a warning quotes for a concept: its label, else its id. */
function conceptValue(node: Node | undefined): string | undefined {
	return conceptLabel(node?.value) ?? conceptId(node?.value);
}

/**
 * An optional concept read through its vocabulary: its value when the vocabulary knows it, else
 * unknown with a warning quoting it. Nothing when the credential does not carry it.
 */
function setConcept(
	b: ImportBuilder,
	column: Parameters<ImportBuilder['set']>[0],
	node: Node | undefined,
	read: (id: string | undefined, label: string | undefined) => string | undefined,
	options: { why: string }
): void {
	if (!node) return;
	const value = read(conceptId(node.value), conceptLabel(node.value));
	if (value) b.set(column, value, node.path);
	else b.unknown(column, node.path, conceptValue(node), options.why);
}

function mapAssessment({ doc, b }: Place, assessments: Node[]): void {
	const mapped: { value: string; path: string }[] = [];
	let unmapped: { path: string; value?: string } | undefined;
	for (const assessment of assessments) {
		const spec = doc.one(assessment, 'specifiedBy');
		const types = doc.all(spec, 'dcType');
		for (const type of types) {
			const label = conceptLabel(type.value);
			const value = assessmentType(label);
			if (value) mapped.push({ value, path: type.path });
			else unmapped ??= { path: type.path, value: conceptValue(type) };
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
		return b.notMappable(9, unmapped.path, 'assessment type not in the vocabulary', unmapped.value);
	}
	if (assessments.length > 0) {
		const title = literal(assessments[0], 'title');
		return b.notMappable(9, assessments[0].path, 'assessment described without a type', title);
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
	b.notMappable(10, modes[0].path, 'mode not in the vocabulary', conceptValue(modes[0]));
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
	const requirement = doc.one(spec, 'entryRequirement');
	b.set('prerequisites', textOf(requirement?.value), requirement?.path);

	const verification = assessments.flatMap((a) => doc.all(a, 'idVerification'))[0];
	setConcept(b, 'supervision', verification, supervision, {
		why: 'not one of the four Annex I values of supervision and identity verification'
	});

	const grade = assessments.map((a) => doc.one(a, 'grade')).find((g) => textOf(g?.value));
	b.set('grade', textOf(grade?.value), grade?.path);

	const whole = doc.one(claim, 'isPartOf') ?? doc.one(spec, 'isPartOf');
	if (whole) {
		b.set('stackability', 'stackable', whole.path);
		b.set('stackable_towards', literal(whole, 'title') ?? conceptId(whole.value), whole.path);
	}

	const note = [claim, spec].map((n) => doc.one(n, 'additionalNote')).find((n) => textOf(n?.value));
	const page = ['supplementaryDocument', 'homepage']
		.map((k) => doc.one(spec, k))
		.find((n) => literal(n, 'contentURL'));
	if (note) b.set('further_information', textOf(note.value), note.path);
	else if (page) b.set('further_information', literal(page, 'contentURL'), page.path);

	setConcept(b, 'learning_setting', doc.one(spec, 'learningSetting'), learningSetting, {
		why: 'learning setting not in the vocabulary'
	});
}
