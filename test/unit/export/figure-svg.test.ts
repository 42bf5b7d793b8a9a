import { describe, expect, it } from 'vitest';
import { renderChartToSvg } from '../../../src/lib/charts/echarts';
import { composeFigureSvg, wrapText } from '../../../src/lib/export/figure-svg';

// The shape of ECharts' SVG renderer output, with an XML declaration in front.
const inner = '<rect width="880" height="420" fill="none"></rect><path d="M0 0L10 10" id="inner"/>';
const chart =
	'<?xml version="1.0" encoding="UTF-8"?>\n<svg width="880" height="420" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" baseProfile="full" viewBox="0 0 880 420">' +
	inner +
	'</svg>';

const base = {
	chartSvg: chart,
	width: 880,
	height: 420,
	title: 'Adult participation in learning',
	sourceLine: 'Source: Eurostat trng_lfse_04',
	notes: ['b break in time series']
};

/** Well-formed enough for a browser: tags nest and close, text holds no bare < or & (CDATA aside). */
function checkWellFormed(svg: string): void {
	const stack: string[] = [];
	const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
	let at = 0;
	while (at < svg.length) {
		const next = svg.indexOf('<', at);
		const text = svg.slice(at, next === -1 ? svg.length : next);
		expect(text).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
		if (next === -1) break;
		if (svg.startsWith('<![CDATA[', next)) {
			const end = svg.indexOf(']]>', next);
			expect(end).toBeGreaterThan(next);
			at = end + 3;
			continue;
		}
		tag.lastIndex = next;
		const match = tag.exec(svg);
		expect(match, `a tag at ${next}: ${svg.slice(next, next + 40)}`).not.toBeNull();
		const [whole, closing, name, , selfClosing] = match!;
		if (closing) expect(stack.pop()).toBe(name);
		else if (!selfClosing) stack.push(name);
		at = next + whole.length;
	}
	expect(stack).toEqual([]);
}

describe('composeFigureSvg', () => {
	it('draws the title, the chart, the notes and the source line into one standalone SVG', () => {
		const svg = composeFigureSvg(base);
		checkWellFormed(svg);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).not.toContain('<?xml');
		expect(svg).toContain('font-weight="700">Adult participation in learning</text>');
		expect(svg).toContain('font-size="12">b break in time series</text>');
		expect(svg).toContain('font-size="12">Source: Eurostat trng_lfse_04</text>');
		expect(svg.split(inner)).toHaveLength(2);
		expect(svg).toContain('fill="#ffffff"');
		// One title line (16 + 24 + 8), the chart (420), two note lines (8 + 2 × 16 + 16).
		expect(svg).toMatch(/^<svg [^>]*width="880" height="524" viewBox="0 0 880 524">/);
		expect(svg).toContain(
			'<svg x="0" y="48" width="880" height="420" viewBox="0 0 880 420" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" baseProfile="full">'
		);
	});

	it('escapes every text', () => {
		const svg = composeFigureSvg({
			...base,
			title: `Participation <script>alert('x')</script> & "more"`,
			sourceLine: 'Source: <b>&</b>',
			notes: ["c confidential's"]
		});
		checkWellFormed(svg);
		expect(svg).not.toContain('<script>');
		expect(svg).toContain(
			'Participation &lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;more&quot;'
		);
		expect(svg).toContain('>Source: &lt;b&gt;&amp;&lt;/b&gt;</text>');
		expect(svg).toContain('>c confidential&apos;s</text>');
	});

	it('wraps a long title onto two lines at most, and makes room for it', () => {
		const title = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
		const svg = composeFigureSvg({ ...base, width: 400, title, notes: [] });
		checkWellFormed(svg);
		const titles = [...svg.matchAll(/font-weight="700">([^<]*)<\/text>/g)].map((m) => m[1]);
		expect(titles).toHaveLength(2);
		expect(titles[1].endsWith('…')).toBe(true);
		for (const line of titles) expect(line.length).toBeLessThanOrEqual(32);
		// Two title lines (16 + 48 + 8), the chart (420), one note line (8 + 16 + 16).
		expect(svg).toMatch(/^<svg [^>]*height="532"/);
		expect(svg).toContain('<svg x="0" y="72" width="400" height="420"');
	});

	it('sizes a chart without a viewBox from its own width and height', () => {
		const svg = composeFigureSvg({
			...base,
			chartSvg: '<svg width="440" height="210" xmlns="http://www.w3.org/2000/svg"><g/></svg>'
		});
		checkWellFormed(svg);
		expect(svg).toContain(
			'<svg x="0" y="48" width="880" height="420" viewBox="0 0 440 210"><g/></svg>'
		);
	});

	it('embeds a chart of ECharts once', () => {
		const chartSvg = renderChartToSvg(
			{
				xAxis: { type: 'category', data: ['2020', '2021'] },
				yAxis: { type: 'value' },
				series: [{ type: 'line', name: 'A & B', data: [1.5, 2] }]
			},
			{ width: 600, height: 300 }
		);
		const svg = composeFigureSvg({ ...base, chartSvg, width: 600, height: 300 });
		checkWellFormed(svg);
		const body = chartSvg.slice(chartSvg.indexOf('>') + 1, chartSvg.lastIndexOf('</svg>'));
		expect(svg.split(body)).toHaveLength(2);
		expect(svg.match(/<svg\b/g)).toHaveLength(2);
	});

	it('refuses a chart that is not an SVG', () => {
		expect(() => composeFigureSvg({ ...base, chartSvg: '<div></div>' })).toThrow(/not an SVG/);
	});
});

describe('wrapText', () => {
	it('breaks at spaces, cuts long words and ends a cut text with an ellipsis', () => {
		expect(wrapText({ text: 'aa bb cc dd', maxChars: 5 })).toEqual(['aa bb', 'cc dd']);
		expect(wrapText({ text: 'aa bb cc dd ee ff', maxChars: 5, maxLines: 2 })).toEqual([
			'aa bb',
			'cc d…'
		]);
		expect(wrapText({ text: 'see https://example.org/x', maxChars: 10 })).toEqual([
			'see',
			'https://ex',
			'ample.org/',
			'x'
		]);
		expect(wrapText({ text: '  ', maxChars: 5 })).toEqual([]);
	});
});
