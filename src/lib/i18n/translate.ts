import { de } from './messages/de';
import { en, type MessageKey } from './messages/en';
import { fr } from './messages/fr';
import type { Lang } from './langs';

export type { MessageKey };
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

const CATALOGUES: Record<Lang, Partial<Record<MessageKey, string>>> = { en, fr, de };

function interpolate(template: string, params?: Params): string {
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** A translator for one language; a key missing from a catalogue falls back to English. */
export function createTranslator(lang: Lang): Translate {
	const catalogue = CATALOGUES[lang];
	return (key, params) => interpolate(catalogue[key] ?? en[key], params);
}

export function missingKeys(lang: Lang, keys: readonly MessageKey[]): MessageKey[] {
	return keys.filter((key) => CATALOGUES[lang][key] === undefined);
}

export const ALL_KEYS = Object.keys(en) as MessageKey[];

/**
 * The meaning of a flag letter; a letter the catalogue does not know reads as itself (flags come
 * from data, and a new one must not show as "undefined").
 */
export function flagMeaning(t: Translate, flag: string): string {
	const key = `flags.${flag}`;
	return key in en ? t(key as MessageKey) : flag;
}
