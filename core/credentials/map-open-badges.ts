import { eqfLevel } from './concepts';
import { ImportBuilder, type CountryHit, type Mapped } from './import-builder';
import {
	JsonDoc,
	isObject,
	join,
	literal,
	textOf,
	type JsonObject,
	type Node,
	type Resolver
} from './json-walk';
import {
	ESCO_SKILL,
	listPath,
	mapIssueDate,
	unique,
	unixDate,
	type MapContext
} from './map-common';

interface Place {
	doc: JsonDoc;
	b: ImportBuilder;
}

/** Open Badges 3.0 OpenBadgeCredential / AchievementCredential. */
export function mapOpenBadge3(credential: JsonObject, context: MapContext = {}): Mapped {
	const doc = new JsonDoc(credential);
	const b = new ImportBuilder();
	const at: Place = { doc, b };
	const root = doc.top;
	const subject = doc.one(root, 'credentialSubject');
	const achievement = doc.one(subject, 'achievement');
	const issuer = doc.one(root, 'issuer');

	mapLearner(at, subject, context);
	const name = literal(achievement, 'name');
	const credentialName = literal(root, 'name');
	if (achievement && name) b.found(2, name, join(achievement.path, 'name'));
	else if (credentialName) {
		b.found(2, credentialName, 'name', { note: 'credential name; the achievement has no name' });
	}
	mapIssuerCountry(at, issuer);
	mapIssuer(at, issuer, 'issuer given by URL only');
	mapIssueDate(b, root, ['awardedDate', 'issuanceDate'], context.claims);
	mapAlignments(at, achievement);
	const credits = [achievement, subject]
		.flatMap((n) => ['creditsAvailable', 'creditsEarned'].map((k) => [n, k] as const))
		.find(([n, k]) => literal(n, k));
	if (credits && credits[0]) {
		b.notMappable(
			7,
			join(credits[0].path, credits[1]),
			'credits without a credit system; ECTS cannot be assumed',
			literal(credits[0], credits[1])
		);
	}
	mapCriteria(at, achievement);
	const endorsement = [achievement, issuer].flatMap((n) => [
		...doc.all(n, 'endorsement'),
		...doc.all(n, 'endorsementJwt')
	])[0];
	if (endorsement) {
		b.notMappable(
			11,
			endorsement.path,
			'an endorsement states no type of quality assurance',
			literal(endorsement, 'id') ?? textOf(endorsement.value)
		);
	}
	const result = doc.one(subject, 'result');
	b.set('grade', literal(result, 'value'), result && join(result.path, 'value'));
	b.set(
		'further_information',
		literal(achievement, 'description'),
		achievement && join(achievement.path, 'description')
	);
	return b.finish();
}

const UNRESOLVED = 'BadgeClass given by URL and not in the import batch';

/**
 * Open Badges 2.0 Assertion. BadgeClass and Issuer given by URL are looked up with `resolve`
 * (documents of the same import batch), never fetched.
 */
export function mapOpenBadge2(
	assertion: JsonObject,
	context: MapContext & { resolve?: Resolver } = {}
): Mapped & { resolved: string[] } {
	const doc = new JsonDoc(assertion, context.resolve);
	const b = new ImportBuilder();
	const at: Place = { doc, b };
	const root = doc.top;

	// Read without reference resolution: the identity must never become a lookup key.
	const recipient = assertion.recipient;
	const identity = isObject(recipient) ? textOf(recipient.identity) : textOf(recipient);
	if (identity) b.found(1, identity, isObject(recipient) ? 'recipient.identity' : 'recipient');
	const date = unixDate(assertion.issuedOn) ?? textOf(assertion.issuedOn);
	if (date) b.found(5, date, 'issuedOn');

	const badge = doc.one(root, 'badge');
	if (badge && !isObject(badge.value)) {
		const url = textOf(badge.value);
		for (const n of [2, 4, 6, 9] as const) b.notMappable(n, badge.path, UNRESOLVED, url);
		b.missing(3, 'in the Issuer profile, which is not resolved');
	} else if (badge) {
		const name = literal(badge, 'name');
		if (name) b.found(2, name, join(badge.path, 'name'));
		const issuer = doc.one(badge, 'issuer');
		mapIssuerCountry(at, issuer);
		mapIssuer(at, issuer, 'Issuer given by URL and not in the import batch');
		mapAlignments(at, badge);
		mapCriteria(at, badge);
		b.set('further_information', literal(badge, 'description'), join(badge.path, 'description'));
	}
	return { ...b.finish(), resolved: doc.resolvedIds };
}

function mapLearner({ doc, b }: Place, subject: Node | undefined, context: MapContext): void {
	const id = literal(subject, 'id');
	if (subject && id) return b.found(1, id, join(subject.path, 'id'));
	if (context.claims?.sub) return b.found(1, context.claims.sub, 'jwt.sub');
	for (const identifier of doc.all(subject, 'identifier')) {
		const hash = literal(identifier, 'identityHash');
		if (hash) return b.found(1, hash, join(identifier.path, 'identityHash'));
	}
	b.missing(1);
}

/** Element 3 from the issuer's address: a code, or a country name (ISO, Eurostat, en/fr/de). */
function mapIssuerCountry({ doc, b }: Place, issuer: Node | undefined): void {
	const address = doc.one(issuer, 'address');
	const region = literal(address, 'addressRegion');
	if (address && region) {
		b.unknown(
			'issuer_region',
			join(address.path, 'addressRegion'),
			region,
			'a region as text, not a NUTS code'
		);
	}
	const hits: CountryHit[] = [];
	for (const key of ['addressCountryCode', 'addressCountry']) {
		const value = literal(address, key);
		if (address && value) hits.push({ value, path: join(address.path, key) });
	}
	b.issuerCountries(hits);
}

/** The issuer profile is the awarding body; its id a DEQAR or ETER id when one is listed. */
function mapIssuer({ doc, b }: Place, issuer: Node | undefined, byUrl: string): void {
	if (!issuer) return;
	if (typeof issuer.value === 'string') {
		b.set('awarding_body_id', issuer.value, issuer.path);
		return b.notMappable(4, issuer.path, byUrl, issuer.value);
	}
	const registry = doc
		.all(issuer, 'otherIdentifier')
		.find((i) => /deqar|eter/i.test(literal(i, 'identifierType') ?? ''));
	const registryId = literal(registry, 'identifier');
	if (registry && registryId)
		b.set('awarding_body_id', registryId, join(registry.path, 'identifier'));
	else b.set('awarding_body_id', literal(issuer, 'id'), join(issuer.path, 'id'));
	const name = literal(issuer, 'name');
	if (name) return b.found(4, name, join(issuer.path, 'name'));
	b.notMappable(4, issuer.path, 'issuer profile without a name');
}

// Alignment targets that state competencies; CTDL 'ceterms:' targets are credentials,
// courses or assessments, and a CFDocument is a whole framework.
const OUTCOME_TARGET = /^(?:CFItem|CFRubric\w*|ceasn:Competency|ext:.+)$/;
const EQF_FRAMEWORK = /\bEQF\b|European Qualifications Framework/i;

/** Learning outcomes (element 6) and EQF level (element 8) from alignments. */
function mapAlignments({ doc, b }: Place, holder: Node | undefined): void {
	const esco: Node[] = [];
	const texts: { text: string; path: string }[] = [];
	const levels: { level: string; path: string }[] = [];
	let other = 0;
	for (const alignment of doc.all(holder, 'alignment')) {
		const url = literal(alignment, 'targetUrl');
		const name = literal(alignment, 'targetName');
		const type = literal(alignment, 'targetType');
		const eqfText = EQF_FRAMEWORK.test(literal(alignment, 'targetFramework') ?? '')
			? (literal(alignment, 'targetCode') ?? name)
			: undefined;
		const level =
			eqfLevel(url, eqfText) ?? (eqfText && /^[1-8]$/.test(eqfText) ? eqfText : undefined);
		if (level) levels.push({ level, path: alignment.path });
		else if (url && ESCO_SKILL.test(url)) esco.push(alignment);
		else if (type && !OUTCOME_TARGET.test(type)) other++;
		else if (name) texts.push({ text: name, path: join(alignment.path, 'targetName') });
	}
	if (esco.length > 0) {
		const uris = unique(esco.map((a) => literal(a, 'targetUrl')));
		b.found(6, uris.join(';'), listPath(join(esco[0].path, 'targetUrl')));
	} else if (texts.length > 0) {
		b.found(6, unique(texts.map((t) => t.text)).join('; '), listPath(texts[0].path));
	} else if (other > 0) {
		b.missing(6, 'alignments target credentials or frameworks, not learning outcomes');
	}
	if (levels.length > 0) b.found(8, levels[0].level, levels[0].path);
}

function mapCriteria({ doc, b }: Place, holder: Node | undefined): void {
	const criteria = doc.one(holder, 'criteria');
	if (!criteria) return;
	if (typeof criteria.value === 'string') {
		return b.notMappable(9, criteria.path, 'criteria given by URL only', criteria.value);
	}
	const narrative = literal(criteria, 'narrative');
	if (narrative) {
		return b.notMappable(
			9,
			join(criteria.path, 'narrative'),
			'assessment described only in free text, without a type',
			narrative
		);
	}
	const url = literal(criteria, 'id');
	if (url) b.notMappable(9, join(criteria.path, 'id'), 'criteria given by URL only', url);
}
