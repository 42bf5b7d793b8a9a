import { describe, expect, it } from 'vitest';
import { composeFigureSvg, wrapText } from '../../../src/lib/export/figure-svg';

const chart =
	'<?xml version="1.0"?><svg width="880" height="420" xmlns="http://www.w3.org/2000/svg"><path d="M0 0L10 10" id="chart-inner"/></svg>';

describe('composeFigureSvg', () => {
	it('draws the title, the chart, the notes and the source line into one SVG', () => {
		const svg = composeFigureSvg({
			chartSvg: chart,
			width: 880,
			height: 420,
			title: 'Participation <script>alert(1)</script> & more',
			sourceLine: 'Source: Eurostat, trng_lfse_04',
			notes: ['b: break in time series']
		});
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).not.toContain('<?xml');
		expect(svg).not.toContain('<script>');
		expect(svg).toContain('Participation &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
		expect(svg).toContain('>b: break in time series</text>');
		expect(svg).toContain('>Source: Eurostat, trng_lfse_04</text>');
		expect(svg.split('id="chart-inner"')).toHaveLength(2);
		expect(svg).toMatch(/<svg viewBox="0 0 880 420" x="0" y="40" width="880" height="420"/);
		// title (one line) + chart + two note lines + margins
		expect(svg).toMatch(/^<svg[^>]* width="880" height="526"/);
	});
});

describe('wrapText', () => {
	it('breaks at spaces and cuts what does not fit in the lines allowed', () => {
		expect(wrapText('aa bb cc dd', 5, 3)).toEqual(['aa bb', 'cc dd']);
		expect(wrapText('aa bb cc dd ee ff', 5, 2)).toEqual(['aa bb', 'cc d…']);
	});
});
