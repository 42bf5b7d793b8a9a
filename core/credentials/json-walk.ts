export type JsonObject = Record<string, unknown>;

/** A value inside a credential and the path it was read from ('a.b[0].c'). */
export interface Node {
	readonly value: unknown;
	readonly path: string;
}

export type Resolver = (id: string) => JsonObject | undefined;

export function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
	if (value === undefined || value === null) return [];
	return Array.isArray(value) ? value : [value];
}

export function typesOf(value: unknown): string[] {
	if (!isObject(value)) return [];
	return asArray(value.type ?? value['@type']).filter((t): t is string => typeof t === 'string');
}

export function hasType(value: unknown, type: string): boolean {
	return typesOf(value).includes(type);
}

const IRI = /^[a-z][a-z0-9+.-]*:\S+$/i;

/** A reference: an IRI string, or an object with nothing but an id (and a type). */
function referenceId(value: unknown): string | undefined {
	if (typeof value === 'string') return IRI.test(value) ? value : undefined;
	if (!isObject(value) || typeof value.id !== 'string') return undefined;
	return Object.keys(value).every((k) => k === 'id' || k === 'type') ? value.id : undefined;
}

/**
 * Navigation over a credential that follows JSON-LD node references: within the document
 * (the richest object with that id) and then through an optional external resolver.
 */
export class JsonDoc {
	private ids?: Map<string, JsonObject>;
	private readonly used = new Set<string>();

	constructor(
		readonly root: JsonObject,
		private readonly external?: Resolver
	) {}

	get top(): Node {
		return { value: this.root, path: '' };
	}

	/** Ids of documents supplied by the external resolver. */
	get resolvedIds(): string[] {
		return [...this.used];
	}

	all(node: Node | undefined, key: string): Node[] {
		if (!node || !isObject(node.value)) return [];
		const raw = node.value[key];
		if (raw === undefined || raw === null) return [];
		const base = node.path ? `${node.path}.${key}` : key;
		if (!Array.isArray(raw)) return [{ value: this.resolve(raw), path: base }];
		return raw
			.map((value, i) => ({ value: this.resolve(value), path: `${base}[${i}]` }))
			.filter((n) => n.value !== null && n.value !== undefined);
	}

	one(node: Node | undefined, ...keys: string[]): Node | undefined {
		let current = node;
		for (const key of keys) {
			current = this.all(current, key)[0];
			if (!current) return undefined;
		}
		return current;
	}

	private resolve(value: unknown): unknown {
		const id = referenceId(value);
		if (id === undefined) return value;
		const local = this.index().get(id);
		if (local) return local;
		const external = this.external?.(id);
		if (!external) return value;
		this.used.add(id);
		return external;
	}

	private index(): Map<string, JsonObject> {
		if (this.ids) return this.ids;
		const ids = new Map<string, JsonObject>();
		const stack: unknown[] = [this.root];
		while (stack.length > 0) {
			const value = stack.pop();
			if (Array.isArray(value)) {
				stack.push(...value);
			} else if (isObject(value)) {
				const id = value.id;
				const keys = Object.keys(value).length;
				if (typeof id === 'string' && keys > 2 && keys > Object.keys(ids.get(id) ?? {}).length) {
					ids.set(id, value);
				}
				for (const child of Object.values(value)) if (typeof child === 'object') stack.push(child);
			}
		}
		this.ids = ids;
		return ids;
	}
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** A JSON-LD language map such as { en: 'Title', fr: 'Titre' }. */
function isLanguageMap(value: JsonObject): boolean {
	const keys = Object.keys(value);
	// 'id' is also a language tag (Indonesian); an object with an id is a node, not a map.
	if (keys.length === 0 || 'id' in value || 'type' in value) return false;
	return keys.every((k) => {
		const v = value[k];
		const texts = Array.isArray(v) ? v : [v];
		return LANGUAGE_TAG.test(k) && texts.every((t) => typeof t === 'string');
	});
}

function preferEnglish(entries: [string | undefined, unknown][]): string | undefined {
	const english = entries.find(([lang]) => lang === 'en' || lang?.startsWith('en-'));
	for (const [, value] of english ? [english, ...entries] : entries) {
		const text = textOf(value);
		if (text) return text;
	}
	return undefined;
}

/** The text of a literal, language map, JSON-LD value object or ELM Note; English first. */
export function textOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() || undefined;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) {
		return preferEnglish(
			value.map((v) => [
				isObject(v) && typeof v['@language'] === 'string' ? v['@language'] : undefined,
				v
			])
		);
	}
	if (!isObject(value)) return undefined;
	if ('@value' in value) return textOf(value['@value']);
	if ('noteLiteral' in value) return textOf(value.noteLiteral);
	if (isLanguageMap(value)) return preferEnglish(Object.entries(value));
	return undefined;
}

/** A string property, without reference resolution. */
export function literal(node: Node | undefined, key: string): string | undefined {
	return node && isObject(node.value) ? textOf(node.value[key]) : undefined;
}

export function conceptId(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() || undefined;
	return isObject(value) && typeof value.id === 'string' ? value.id : undefined;
}

export function conceptLabel(value: unknown): string | undefined {
	return isObject(value) ? textOf(value.prefLabel) : undefined;
}

/** 'a.b[0].c[2]' -> 'a.b[*].c[*]', to name a list of values by one path. */
export function generalise(path: string): string {
	return path.replace(/\[\d+\]/g, '[*]');
}

export function join(path: string, key: string): string {
	return path ? `${path}.${key}` : key;
}
