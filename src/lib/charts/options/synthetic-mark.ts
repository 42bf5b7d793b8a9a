import { createTranslator } from '$lib/i18n/translate';
import type { Lang } from '$lib/i18n/langs';

/** Height the mark takes at the top of a chart, in pixels. */
export const SYNTHETIC_MARK_HEIGHT = 24;

/**
 * A chart drawn from synthetic tables says so on the chart itself, in its first line: a reader
 * of a downloaded image or a screenshot sees it without the page around it. An ECharts graphic
 * element, to go into the option's `graphic` list.
 */
export function syntheticMark(lang: Lang) {
	return {
		type: 'text',
		left: 0,
		top: 4,
		silent: true,
		style: {
			text: createTranslator(lang)('figure.synthetic'),
			fontSize: 13,
			fontStyle: 'italic',
			fontWeight: 'bold',
			fill: '#3a3a3a'
		}
	};
}
