// A figure as one standalone SVG: the title above the chart, the notes (flags legend) and the
// source line below it, drawn as text so that an image pasted into a report keeps its provenance.

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const MARGIN = 16;
const GAP = 8;
const TITLE_SIZE = 18;
const TITLE_STEP = 24;
const TITLE_MAX_LINES = 2;
const NOTE_SIZE = 12;
const NOTE_STEP = 16;
// Average glyph width as a share of the font size for a sans-serif face (wide ones such as DejaVu
// included, bold wider still): a character-count rule is enough, the text is never measured.
const GLYPH_WIDTH = 0.55;
const BOLD_GLYPH_WIDTH = 0.62;

export interface FigureSvgOptions {
	chartSvg: string;
	width: number;
	height: number;
	title: string;
	sourceLine: string;
	notes: readonly string[];
}

export function composeFigureSvg(options: FigureSvgOptions): string {
	return composeFigure(options).svg;
}

/** The composed figure with its size (the height grows with the title and the notes). */
export function composeFigure(options: FigureSvgOptions): {
	svg: string;
	width: number;
	height: number;
} {
	const { width, height } = options;
	if (!(width > 0 && height > 0)) throw new RangeError('The figure needs a positive size.');
	const usable = width - 2 * MARGIN;
	const titleLines = wrapText({
		text: options.title,
		maxChars: Math.floor(usable / (TITLE_SIZE * BOLD_GLYPH_WIDTH)),
		maxLines: TITLE_MAX_LINES
	});
	const noteLines = [...options.notes, options.sourceLine].flatMap((text) =>
		wrapText({ text, maxChars: Math.floor(usable / (NOTE_SIZE * GLYPH_WIDTH)) })
	);

	const chartTop = titleLines.length ? MARGIN + titleLines.length * TITLE_STEP + GAP : 0;
	const notesTop = chartTop + height + GAP;
	const total = noteLines.length
		? notesTop + noteLines.length * NOTE_STEP + MARGIN
		: chartTop + height;

	const title = textLines(titleLines, MARGIN, TITLE_SIZE, TITLE_STEP, ' font-weight="700"');
	const notes = textLines(noteLines, notesTop, NOTE_SIZE, NOTE_STEP, '');
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
		` width="${num(width)}" height="${num(total)}" viewBox="0 0 ${num(width)} ${num(total)}">` +
		(options.title.trim() ? `<title>${escapeXml(options.title.trim())}</title>` : '') +
		`<rect x="0" y="0" width="${num(width)}" height="${num(total)}" fill="#ffffff"/>` +
		`<g font-family="${escapeXml(FONT)}" fill="#1a1a1a">${title}</g>` +
		placeChart(options.chartSvg, chartTop, width, height) +
		`<g font-family="${escapeXml(FONT)}" fill="#333333">${notes}</g>` +
		`</svg>`;
	return { svg, width, height: total };
}

/**
 * Breaks a text at spaces into lines of at most `maxChars` characters (longer words are cut);
 * past `maxLines`, the last line ends with an ellipsis.
 */
export function wrapText(options: { text: string; maxChars: number; maxLines?: number }): string[] {
	const maxChars = Math.max(1, options.maxChars);
	const maxLines = options.maxLines ?? Infinity;
	const lines: string[] = [];
	let line = '';
	for (const word of options.text.split(/\s+/).filter(Boolean)) {
		for (let rest = word; rest;) {
			if (line && line.length + 1 + rest.length <= maxChars) {
				line = `${line} ${rest}`;
				rest = '';
			} else if (!line && rest.length <= maxChars) {
				line = rest;
				rest = '';
			} else if (line) {
				lines.push(line);
				line = '';
			} else {
				lines.push(rest.slice(0, maxChars));
				rest = rest.slice(maxChars);
			}
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1].slice(0, maxChars - 1).trimEnd()}…`;
	return kept;
}

function textLines(
	lines: readonly string[],
	top: number,
	size: number,
	step: number,
	extra: string
): string {
	// Baseline: the line box centred on the font size, with ascenders taking about 0.8 of it.
	const baseline = (i: number) => top + i * step + (step - size) / 2 + size * 0.8;
	return lines
		.map(
			(line, i) =>
				`<text x="${MARGIN}" y="${num(baseline(i))}" font-size="${size}"${extra}>${escapeXml(line)}</text>`
		)
		.join('');
}

/**
 * The chart's own root <svg> becomes a nested <svg> at the given place and size. Its viewBox (or,
 * without one, its own width and height) keeps the drawing scaled to that size.
 */
function placeChart(chartSvg: string, y: number, width: number, height: number): string {
	const svg = chartSvg
		.replace(/^\uFEFF/, '')
		.replace(/<\?xml[\s\S]*?\?>/g, '')
		.replace(/<!DOCTYPE[^>]*>/gi, '')
		.trim();
	const open = /^(?:<!--[\s\S]*?-->\s*)*<svg\b([^>]*?)(\/?)>/.exec(svg);
	if (!open) throw new Error('The chart is not an SVG document.');
	const attributes = [...open[1].matchAll(/([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g)].map(
		([, name, quoted]) => ({ name, value: quoted.slice(1, -1) })
	);
	const attribute = (name: string) => attributes.find((a) => a.name === name)?.value;
	const ownWidth = Number.parseFloat(attribute('width') ?? '');
	const ownHeight = Number.parseFloat(attribute('height') ?? '');
	const viewBox =
		attribute('viewBox') ??
		(ownWidth > 0 && ownHeight > 0 ? `0 0 ${num(ownWidth)} ${num(ownHeight)}` : undefined);
	// Placement and size are ours; the default namespace is inherited from the document.
	const replaced = new Set(['width', 'height', 'x', 'y', 'viewBox', 'xmlns', 'style', 'class']);
	const kept = attributes
		.filter((a) => !replaced.has(a.name))
		.map((a) => ` ${a.name}="${a.value.replaceAll('"', '&quot;')}"`)
		.join('');
	const head =
		`<svg x="0" y="${num(y)}" width="${num(width)}" height="${num(height)}"` +
		(viewBox ? ` viewBox="${escapeXml(viewBox)}"` : '') +
		`${kept}>`;
	if (open[2]) return `${head}</svg>`;
	const body = svg.slice(open[0].length).replace(/<\/svg>\s*$/, '');
	return `${head}${body}</svg>`;
}

function escapeXml(text: string): string {
	return (
		text
			// Characters XML 1.0 does not allow at all: a parser would reject the whole file.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replaceAll('&', '&amp;')
			.replaceAll('<', '&lt;')
			.replaceAll('>', '&gt;')
			.replaceAll('"', '&quot;')
			.replaceAll("'", '&apos;')
	);
}

function num(value: number): string {
	return String(Math.round(value * 100) / 100);
}
