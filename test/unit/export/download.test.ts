import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../../src/lib/export/download';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('downloadText', () => {
	it('clicks a temporary link to an object URL, then removes the link and revokes the URL', async () => {
		vi.useFakeTimers();
		const events: string[] = [];
		const link = {
			href: '',
			download: '',
			style: { display: '' },
			click: () => events.push(`click ${link.href} ${link.download}`),
			remove: () => events.push('remove')
		};
		let saved: Blob | undefined;
		vi.stubGlobal('document', {
			createElement: () => link,
			body: { append: () => events.push('append') }
		});
		vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
			saved = blob as Blob;
			return 'blob:x';
		});
		const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});

		downloadText({ fileName: 'a.csv', text: '\uFEFFé', type: 'text/csv;charset=utf-8' });
		expect(events).toEqual(['append', 'click blob:x a.csv', 'remove']);
		expect(revoke).not.toHaveBeenCalled();
		// Still there while the browser may be reading it on a busy page.
		vi.advanceTimersByTime(10_000);
		expect(revoke).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(revoke).toHaveBeenCalledWith('blob:x');
		expect(saved?.type).toBe('text/csv;charset=utf-8');
		// The byte-order mark and the accent leave as UTF-8 bytes.
		expect([...new Uint8Array(await saved!.arrayBuffer())]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xa9]);
		vi.restoreAllMocks();
	});
});
