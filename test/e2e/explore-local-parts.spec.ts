// A large file dropped on /explore is checked by two workers, each on a part of it cut at a record
// boundary (src/lib/explore/local/record-cuts.ts): the counts are those of the file checked whole,
// including a credential that the second part repeats from the first, and nothing leaves the page.
import { bigDirtyFile } from '../helpers/big-dirty-file';
import { downloadBy, downloadedText } from './downloads';
import { expect, test } from './fixtures';

/** Over the 8 MiB from which a file is cut (part-plan.ts MIN_SPLIT_BYTES). */
const BLOCKS = 5500;

test('a large dirty file is checked in two parts, with the counts of the whole file', async ({
	page,
	guard
}) => {
	const text = bigDirtyFile(BLOCKS);
	expect(text.length).toBeGreaterThan(1 << 23);
	await page.goto('/explore');
	await expect(page.getByTestId('local-data')).toHaveAttribute('data-ready', 'true', {
		timeout: 60_000
	});
	const before = guard.requested.length;
	await page.getByTestId('local-file').setInputFiles({
		name: 'large-dirty.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(text)
	});
	const state = page.getByTestId('local-status');
	await expect(state).toHaveAttribute('data-state', 'done', { timeout: 120_000 });
	await expect(page.getByTestId('local-kind')).toHaveAttribute('data-parts', '2');
	const accepted = BLOCKS * 7;
	const rejected = BLOCKS * 6 + 1;
	const [read, kept, refused] = [accepted + rejected, accepted, rejected].map((n) =>
		n.toLocaleString('en')
	);
	await expect(state).toContainText(
		`large-dirty.csv: ${read} rows read, ${kept} accepted, ${refused} rejected`
	);
	// The report's last reason is the repeat of C2-0 found across the parts, on the last line;
	// its lines are in file order, as a file checked whole gives them.
	const report = (await downloadedText(await downloadBy(page.getByTestId('local-report'))))
		.trimEnd()
		.split('\n');
	expect(report).toHaveLength(1 + rejected);
	const lastLine = text.split('\n').length - 1;
	expect(report.at(-1)).toMatch(
		new RegExp(`^large-dirty\\.csv,${lastLine},1,credential_id,credential\\.duplicate,`)
	);
	const lines = report.slice(1).map((line) => Number(line.split(',')[1]));
	expect(lines).toEqual([...lines].sort((a, b) => a - b));
	const requests = guard.requested.slice(before).filter((url) => /^https?:/.test(url));
	expect(requests.filter((url) => !/\/favicon\.\w+$/.test(url))).toEqual([]);
});
