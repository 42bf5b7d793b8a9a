// A figure as one standalone SVG: the title above the chart, the flags legend and the source line
// below it, drawn as text so that an image pasted into a report keeps its provenance.

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const MARGIN = 16;
const TITLE_SIZE = 18;
const TITLE_LINE = 24;
const NOTE_SIZE = 12;
const NOTE_LINE = 17;

export function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

/** Splits a text into lines of at most `width` characters at spaces; at most `max` lines. */
export function wrapText(text: string, width: number, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	kept[max - 1] = `${kept[max - 1]} ${lines.slice(max).join(' ')}`.slice(0, width - 1) + '…';
	return kept;
}

/** The chart's own <svg> element, without an XML declaration, sized and placed in the figure. */
function placeChart(chartSvg: string, y: number, width: number, height: number): string {
	const svg = chartSvg.replace(/<\?xml[^>]*\?>\s*/, '').trim();
	const open = /^<svg\b[^>]*>/.exec(svg);
	if (!open) throw new Error('the chart is not an SVG document');
	const attributes = open[0]
		.replace(/\s(width|height|x|y)="[^"]*"/g, '')
		.replace(/^<svg/, `<svg x="0" y="${y}" width="${width}" height="${height}"`);
	const hasViewBox = /\sviewBox=/.test(attributes);
	const withViewBox = hasViewBox
		? attributes
		: attributes.replace(/^<svg/, `<svg viewBox="0 0 ${width} ${height}"`);
	return withViewBox + svg.slice(open[0].length);
}

export function composeFigureSvg(options: {
	chartSvg: string;
	width: number;
	height: number;
	title: string;
	sourceLine: string;
	notes: readonly string[];
}): string {
	const { width, height } = options;
	const perLine = Math.floor((width - 2 * MARGIN) / (TITLE_SIZE * 0.55));
	const titleLines = wrapText(options.title, perLine, 2);
	const noteWidth = Math.floor((width - 2 * MARGIN) / (NOTE_SIZE * 0.52));
	const noteLines = [...options.notes, options.sourceLine].flatMap((n) =>
		wrapText(n, noteWidth, 3)
	);
	const chartTop = MARGIN + titleLines.length * TITLE_LINE;
	const notesTop = chartTop + height + MARGIN;
	const total = notesTop + noteLines.length * NOTE_LINE + MARGIN;
	const text = (lines: string[], top: number, size: number, step: number, weight: string) =>
		lines
			.map(
				(line, i) =>
					`<text x="${MARGIN}" y="${top + (i + 1) * step - (step - size) / 2}" font-size="${size}" font-weight="${weight}" fill="#1a1a1a">${escapeXml(line)}</text>`
			)
			.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escapeXml(FONT)}">` +
		`<rect width="100%" height="100%" fill="#ffffff"/>` +
		text(titleLines, MARGIN - 4, TITLE_SIZE, TITLE_LINE, '700') +
		placeChart(options.chartSvg, chartTop, width, height) +
		text(noteLines, notesTop - 4, NOTE_SIZE, NOTE_LINE, '400') +
		`</svg>`
	);
}
