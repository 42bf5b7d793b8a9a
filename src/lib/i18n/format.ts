import type { Lang } from './langs';

const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

// Making an Intl.NumberFormat costs far more than using one, and figures ask for the same few
// (a language and a number of decimals) on every redraw: each is made once.
const numberFormats = new Map<string, (value: number) => string>();

export function createNumberFormat(lang: Lang, fractionDigits = 1): (value: number) => string {
	const key = `${lang}:${fractionDigits}`;
	let format = numberFormats.get(key);
	if (!format) {
		const intl = new Intl.NumberFormat(LOCALES[lang], {
			minimumFractionDigits: fractionDigits,
			maximumFractionDigits: fractionDigits
		});
		format = (value) => intl.format(value);
		numberFormats.set(key, format);
	}
	return format;
}

export function formatInteger(lang: Lang, value: number): string {
	return new Intl.NumberFormat(LOCALES[lang]).format(value);
}

export function formatBytes(lang: Lang, bytes: number): string {
	const units = ['B', 'KB', 'MB', 'GB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${createNumberFormat(lang, unit === 0 ? 0 : 1)(value)} ${units[unit]}`;
}
