/**
 * A sentence in the middle of an empty chart (no data from a survey, nothing to classify):
 * the reader is told why, instead of seeing an empty axis. Spread into an ECharts option.
 */
export function chartMessage(text: string) {
	return {
		graphic: {
			type: 'text',
			left: 'center',
			top: 'middle',
			style: { text, fontSize: 15, fill: '#3a3a3a' }
		}
	};
}
