import { afterEach, describe, expect, it, vi } from 'vitest';
import { svgToPngBlob } from '../../../src/lib/export/figure-png';

// The browser side stubbed: what matters is the data: URL, the scale and the white fill.
function stubBrowser(options: { loads: boolean; blob: Blob | null }) {
	const calls: string[] = [];
	const images: { src: string }[] = [];
	class FakeImage {
		onload: (() => void) | null = null;
		onerror: (() => void) | null = null;
		#src = '';
		get src() {
			return this.#src;
		}
		set src(value: string) {
			this.#src = value;
			images.push(this);
			queueMicrotask(() => (options.loads ? this.onload?.() : this.onerror?.()));
		}
	}
	const canvas = {
		width: 0,
		height: 0,
		getContext: () => ({
			set fillStyle(value: string) {
				calls.push(`fillStyle ${value}`);
			},
			scale: (x: number, y: number) => calls.push(`scale ${x} ${y}`),
			fillRect: (...a: number[]) => calls.push(`fillRect ${a.join(' ')}`),
			drawImage: (_i: unknown, ...a: number[]) => calls.push(`drawImage ${a.join(' ')}`)
		}),
		toBlob: (done: (blob: Blob | null) => void, type: string) => {
			calls.push(`toBlob ${type}`);
			done(options.blob);
		}
	};
	vi.stubGlobal('Image', FakeImage);
	vi.stubGlobal('document', { createElement: () => canvas });
	return { calls, images, canvas };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('svgToPngBlob', () => {
	it('draws the SVG from a data: URL over white, at twice its size by default', async () => {
		const png = new Blob(['png'], { type: 'image/png' });
		const { calls, images, canvas } = stubBrowser({ loads: true, blob: png });
		const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"># &amp;</svg>';
		await expect(svgToPngBlob({ svg, width: 300, height: 200 })).resolves.toBe(png);
		expect(images[0].src).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
		expect([canvas.width, canvas.height]).toEqual([600, 400]);
		expect(calls).toEqual([
			'scale 2 2',
			'fillStyle #ffffff',
			'fillRect 0 0 300 200',
			'drawImage 0 0 300 200',
			'toBlob image/png'
		]);
	});

	it('takes another scale', async () => {
		const { canvas } = stubBrowser({ loads: true, blob: new Blob(['png']) });
		await svgToPngBlob({ svg: '<svg/>', width: 101, height: 50, scale: 1.5 });
		expect([canvas.width, canvas.height]).toEqual([152, 75]);
	});

	it('rejects when the image does not load or the PNG is not made', async () => {
		stubBrowser({ loads: false, blob: new Blob(['png']) });
		await expect(svgToPngBlob({ svg: '<svg/>', width: 1, height: 1 })).rejects.toThrow(
			/could not be loaded/
		);
		stubBrowser({ loads: true, blob: null });
		await expect(svgToPngBlob({ svg: '<svg/>', width: 1, height: 1 })).rejects.toThrow(
			/could not be encoded/
		);
	});
});
