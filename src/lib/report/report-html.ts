// The report as one self-contained HTML file: inline CSS, the charts as inline SVG, every table,
// no script and no outside reference. Everything that came from data or from a reader (titles,
// measures, provider names, the ministry's commentary) is written as text, never as markup, and
// the file's own Content-Security-Policy forbids scripts should anything slip through.

import { createNumberFormat } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/langs';
import type { TableCell, TableModel } from '$lib/tables/table-model';
import type { FigureDocument } from './figure-document';

export type ReportBlock =
	| { readonly kind: 'paragraph'; readonly text: string }
	| { readonly kind: 'list'; readonly items: readonly string[] };

export interface SectionDocument {
	readonly id: string;
	readonly heading: string;
	/** Text generated from the data. */
	readonly blocks: readonly ReportBlock[];
	readonly figures: readonly FigureDocument[];
	/** The ministry's own text, '' when none. */
	readonly commentary: string;
}

export interface ReportDocument {
	readonly lang: Lang;
	readonly title: string;
	readonly lead: string;
	/** The data release and the date the report was produced, one line each. */
	readonly meta: readonly string[];
	readonly sections: readonly SectionDocument[];
	readonly annex: { readonly heading: string; readonly blocks: readonly ReportBlock[] };
	readonly labels: {
		readonly generated: string;
		readonly handwritten: string;
		readonly notes: string;
		readonly notAvailable: string;
	};
}

/** Text safe in HTML content and in a double-quoted attribute. */
export function escapeHtmlText(text: string): string {
	return (
		text
			// Control characters HTML does not allow; a stray one would break the file's text.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, '')
			.replaceAll('&', '&amp;')
			.replaceAll('<', '&lt;')
			.replaceAll('>', '&gt;')
			.replaceAll('"', '&quot;')
			.replaceAll("'", '&#39;')
	);
}

/**
 * An SVG drawn by ECharts at build time, kept to drawing only: no script, no foreignObject, no
 * event handler attribute, no link or image that points outside the document.
 */
export function sanitiseSvg(svg: string): string {
	return (
		svg
			.replace(/<\?xml[\s\S]*?\?>/g, '')
			.replace(/<!DOCTYPE[^>]*>/gi, '')
			.replace(/<!--[\s\S]*?-->/g, '')
			.replace(/<(script|foreignObject|iframe|object|embed|style)\b[\s\S]*?<\/\1\s*>/gi, '')
			.replace(/<(script|foreignObject|iframe|object|embed|style)\b[^>]*\/?>/gi, '')
			// Attributes: event handlers, and references that are not to the document itself.
			.replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
			.replace(/\s+(?:xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*'|(?!["'#])[^\s>]+)/gi, '')
			.replace(/\s+src\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
			.replace(/url\(\s*(?!['"]?#)[^)]*\)/gi, 'none')
			.trim()
	);
}

/** A table cell as text: its number formatted, its flags, or why it has none. */
function cellText(cell: TableCell | undefined, digits: number, lang: Lang, na: string): string {
	const value = cell?.value ?? null;
	const flags = cell?.flags ? ` ${cell.flags}` : '';
	if (value === null) return `${cell?.missing ?? na}${flags}`;
	if (typeof value === 'number') {
		return Number.isFinite(value) ? `${createNumberFormat(lang, digits)(value)}${flags}` : na;
	}
	return `${value}${flags}`;
}

function tableHtml(table: TableModel, lang: Lang, na: string): string {
	const head = table.columns.map((c) => `<th scope="col">${escapeHtmlText(c.label)}</th>`).join('');
	const body = table.rows
		.map((row) => {
			const cells = table.columns.map((column, c) => {
				const text = escapeHtmlText(
					column.kind === 'label'
						? String(row[c]?.value ?? '')
						: cellText(row[c], column.digits ?? table.digits, lang, na)
				);
				if (c === 0 && column.kind === 'label') return `<th scope="row">${text}</th>`;
				return `<td class="${column.kind}">${text}</td>`;
			});
			return `<tr>${cells.join('')}</tr>`;
		})
		.join('\n');
	const unit = table.unit ? ` (${escapeHtmlText(table.unit)})` : '';
	return (
		`<table><caption>${escapeHtmlText(table.caption)}${unit}</caption>` +
		`<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
	);
}

function blocksHtml(blocks: readonly ReportBlock[]): string {
	return blocks
		.map((block) =>
			block.kind === 'paragraph'
				? `<p>${escapeHtmlText(block.text)}</p>`
				: `<ul>${block.items.map((item) => `<li>${escapeHtmlText(item)}</li>`).join('')}</ul>`
		)
		.join('\n');
}

function figureHtml(figure: FigureDocument, doc: ReportDocument): string {
	const notes = figure.notes.length
		? `<div class="notes"><strong>${escapeHtmlText(doc.labels.notes)}:</strong><ul>${figure.notes
				.map((n) => `<li>${escapeHtmlText(n)}</li>`)
				.join('')}</ul></div>`
		: '';
	const chart = figure.svg ? `<div class="chart">${sanitiseSvg(figure.svg)}</div>` : '';
	return (
		`<figure class="report-figure" id="${escapeHtmlText(figure.id)}">` +
		`<figcaption><span class="number">${escapeHtmlText(figure.label)}</span> ` +
		`${escapeHtmlText(figure.title)}</figcaption>\n${chart}\n${notes}` +
		`<p class="source">${escapeHtmlText(figure.sourceLine)}</p>\n` +
		`${tableHtml(figure.table, doc.lang, doc.labels.notAvailable)}</figure>`
	);
}

function sectionHtml(section: SectionDocument, doc: ReportDocument): string {
	const generated = [blocksHtml(section.blocks), ...section.figures.map((f) => figureHtml(f, doc))]
		.filter(Boolean)
		.join('\n');
	// The ministry's text is kept as typed: escaped, its line breaks kept by CSS (pre-wrap).
	const commentary = section.commentary.trim()
		? `<aside class="handwritten"><p class="label">${escapeHtmlText(doc.labels.handwritten)}</p>` +
			`<div class="text">${escapeHtmlText(section.commentary)}</div></aside>`
		: '';
	return (
		`<section id="${escapeHtmlText(section.id)}"><h2>${escapeHtmlText(section.heading)}</h2>\n` +
		`<div class="generated"><p class="label">${escapeHtmlText(doc.labels.generated)}</p>\n` +
		`${generated}</div>\n${commentary}</section>`
	);
}

const CSS = `
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;line-height:1.45}
h1{color:#003399}h2{border-bottom:2px solid #003399;padding-bottom:.2rem}
.meta{color:#3a3a3a}
.label{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:#3a3a3a;margin:0 0 .25rem}
.handwritten{border-left:6px solid #8a4b00;background:#fff6e5;padding:.5rem 1rem;margin:1rem 0}
.handwritten .label{color:#6b3a00;font-weight:700}
.handwritten .text{white-space:pre-wrap;font-family:Georgia,'Times New Roman',serif}
.report-figure{margin:1.5rem 0;break-inside:avoid}
figcaption{font-weight:700;font-size:1.1rem;margin-bottom:.5rem}
.number{color:#003399}
.chart svg{max-width:100%;height:auto}
.notes,.source{font-size:.9rem}.source{color:#3a3a3a}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0;width:100%}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #c8c8c8;padding:.2rem .4rem;text-align:left}
td.value{text-align:right;font-variant-numeric:tabular-nums}
@media print{section{break-before:page}section:first-of-type{break-before:auto}thead{display:table-header-group}tr{break-inside:avoid}}
`;

/** The whole report as one HTML document that needs nothing else to be read. */
export function buildReportHtml(doc: ReportDocument): string {
	const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
	return [
		'<!DOCTYPE html>',
		`<html lang="${escapeHtmlText(doc.lang)}">`,
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="Content-Security-Policy" content="${csp}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtmlText(doc.title)}</title>`,
		`<style>${CSS}</style>`,
		'</head>',
		'<body>',
		`<header><h1>${escapeHtmlText(doc.title)}</h1>`,
		`<p class="lead">${escapeHtmlText(doc.lead)}</p>`,
		...doc.meta.map((line) => `<p class="meta">${escapeHtmlText(line)}</p>`),
		'</header>',
		'<main>',
		...doc.sections.map((section) => sectionHtml(section, doc)),
		`<section id="annex"><h2>${escapeHtmlText(doc.annex.heading)}</h2>`,
		blocksHtml(doc.annex.blocks),
		'</section>',
		'</main>',
		'</body>',
		'</html>',
		''
	].join('\n');
}
