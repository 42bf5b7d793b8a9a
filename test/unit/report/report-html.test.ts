import { describe, expect, it } from 'vitest';
import {
	buildReportHtml,
	escapeHtmlText,
	sanitiseSvg,
	type ReportDocument
} from '../../../src/lib/report/report-html';
import type { FigureDocument } from '../../../src/lib/report/figure-document';
import { INJECTIONS } from './injection-strings';

const figure = (more: Partial<FigureDocument> = {}): FigureDocument => ({
	id: 'country-measures',
	label: 'Figure 1',
	title: 'Measures',
	svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="url(#p)"/></svg>',
	notes: ['A note'],
	sourceLine: 'Source: test.',
	table: {
		caption: 'Caption',
		digits: 1,
		unit: 'EUR',
		columns: [
			{ key: 'title', label: 'Measure', kind: 'label' },
			{ key: 'budget', label: 'Budget', kind: 'value', digits: 0 },
			{ key: 'share', label: 'Share', kind: 'value' }
		],
		rows: [
			[{ value: 'A' }, { value: 1234567 }, { value: 12.345, flags: 'e' }],
			[{ value: 'B' }, { value: null, flags: 'c', missing: 'hidden' }, { value: null }]
		]
	},
	...more
});

const doc = (more: Partial<ReportDocument> = {}): ReportDocument => ({
	lang: 'en',
	title: 'France: national report',
	lead: 'Lead',
	meta: ['Data release 2026-12-04', 'Report produced on 2026-12-05.'],
	sections: [
		{
			id: 'summary',
			heading: 'Summary',
			blocks: [{ kind: 'paragraph', text: 'Generated sentence.' }],
			figures: [],
			commentary: ''
		},
		{
			id: 'measures',
			heading: 'Measures',
			blocks: [{ kind: 'list', items: ['Para 6: …'] }],
			figures: [figure()],
			commentary: 'Our view.\nSecond line.'
		}
	],
	annex: { heading: 'Annex', blocks: [{ kind: 'paragraph', text: 'Sources.' }] },
	labels: {
		generated: 'Generated from the data',
		handwritten: 'Written by hand',
		notes: 'Notes',
		notAvailable: 'not available'
	},
	...more
});

/** Every start tag in the document, by name. */
const tags = (html: string) =>
	[...html.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1].toLowerCase());

describe('buildReportHtml', () => {
	it('is one document with inline CSS, a CSP that forbids scripts, and no outside reference', () => {
		const html = buildReportHtml(doc());
		expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
		expect(html).toContain('<html lang="en">');
		expect(html).toContain(
			`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
		);
		expect(html).toContain('<style>');
		expect(tags(html)).not.toContain('script');
		expect(tags(html)).not.toContain('link');
		// The only URLs are the SVG namespace (not fetched) and in-document references.
		const urls = [...html.matchAll(/(?:https?:)?\/\/[^\s"')<]+/g)].map((m) => m[0]);
		expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
	});

	it('prints each figure with its number, title, chart, notes, source and table', () => {
		const html = buildReportHtml(doc());
		expect(html).toContain(
			'<figcaption><span class="number">Figure 1</span> Measures</figcaption>'
		);
		expect(html).toContain('<rect width="10" height="10" fill="url(#p)"/>');
		expect(html).toContain('<li>A note</li>');
		expect(html).toContain('<p class="source">Source: test.</p>');
		expect(html).toContain('<caption>Caption (EUR)</caption>');
		// Value columns in the language's format with their flags; hidden cells say so.
		expect(html).toContain('<td class="value">1,234,567</td>');
		expect(html).toContain('<td class="value">12.3 e</td>');
		expect(html).toContain('<td class="value">hidden c</td>');
		expect(html).toContain('<td class="value">not available</td>');
	});

	it('marks generated text and hand-written commentary apart, and leaves out empty commentary', () => {
		const html = buildReportHtml(doc());
		expect(html.match(/<p class="label">Generated from the data<\/p>/g)).toHaveLength(2);
		expect(html.match(/<aside class="handwritten">/g)).toHaveLength(1);
		expect(html).toContain(
			'<aside class="handwritten"><p class="label">Written by hand</p><div class="text">Our view.\nSecond line.</div></aside>'
		);
	});

	it('writes data and commentary as text, never as markup', () => {
		for (const text of INJECTIONS) {
			const html = buildReportHtml(
				doc({
					title: text,
					sections: [
						{
							id: 'measures',
							heading: text,
							blocks: [
								{ kind: 'paragraph', text },
								{ kind: 'list', items: [text] }
							],
							figures: [
								figure({
									title: text,
									notes: [text],
									sourceLine: text,
									table: { ...figure().table, caption: text, rows: [[{ value: text }]] }
								})
							],
							commentary: text
						}
					]
				})
			);
			expect(tags(html), text).not.toContain('script');
			expect(tags(html), text).not.toContain('img');
			expect(html, text).not.toMatch(/<[a-z][^>]*\son\w+=/i);
			expect(html, text).toContain(escapeHtmlText(text));
		}
	});
});

describe('escapeHtmlText', () => {
	it('escapes the five characters of markup and drops control characters', () => {
		expect(escapeHtmlText(`<a href="x" title='y'>&</a>\u0000\u0007`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		);
		expect(escapeHtmlText('Line\nnext\ttab')).toBe('Line\nnext\ttab');
	});
});

describe('sanitiseSvg', () => {
	it('keeps drawing and in-document references, drops scripts, handlers and outside links', () => {
		const svg =
			'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">' +
			'<script>alert(2)</script><script src="x.js"/>' +
			'<foreignObject><div>html</div></foreignObject>' +
			'<a href="javascript:alert(3)"><text>t</text></a>' +
			'<use xlink:href="#shape"/><image href="http://x/y.png"/>' +
			'<rect style="fill:url(http://x/p)" fill="url(#pattern)" onclick=\'alert(4)\'/></svg>';
		const clean = sanitiseSvg(svg);
		expect(clean).not.toMatch(/script|foreignObject|onload|onclick|javascript|http:\/\/x/i);
		expect(clean).toContain('<use xlink:href="#shape"/>');
		expect(clean).toContain('fill="url(#pattern)"');
		expect(clean).toContain('<text>t</text>');
		expect(clean.startsWith('<svg')).toBe(true);
	});
});
