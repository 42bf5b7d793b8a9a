import type { Lang } from './langs';

const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

export function createNumberFormat(lang: Lang, fractionDigits = 1): (value: number) => string {
	const format = new Intl.NumberFormat(LOCALES[lang], {
		minimumFractionDigits: fractionDigits,
		maximumFractionDigits: fractionDigits
	});
	return (value) => format.format(value);
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
