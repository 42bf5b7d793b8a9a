import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('the data page lists every published table, official or synthetic, with its source', async ({
	page
}) => {
	await page.goto('/data');
	const manifest = await (await page.request.get('/data/manifest.json')).json();
	const rows = page.getByTestId('tables').locator('tbody tr');
	await expect(rows).toHaveCount(manifest.tables.length);
	for (const table of manifest.tables) {
		const row = page.locator(`tbody tr:has(code[data-table="${table.name}"])`);
		await expect(row.locator('code[data-table]')).toHaveAttribute('data-kind', table.kind);
		await expect(row).toContainText(
			table.kind === 'official' ? 'Official statistics' : 'Synthetic'
		);
		await expect(row.getByRole('link', { name: /Arrow/ })).toHaveAttribute(
			'href',
			`/data/${table.file}`
		);
	}
	await expect(page.locator('tbody tr:has(code[data-table="lfs_participation_4w"])')).toContainText(
		'Source: Eurostat'
	);
	await expect(page.locator('tbody tr:has(code[data-table="national_measures"])')).toContainText(
		/synthetic data/i
	);
	// Every table of counts of persons or records says how they are protected, and the methods
	// text explains it in plain language.
	const protectedTables = manifest.tables.filter((t: { protection?: unknown }) => t.protection);
	expect(protectedTables.map((t: { name: string }) => t.name)).toEqual(
		expect.arrayContaining(['annex1_completeness', 'inclusion', 'uptake'])
	);
	for (const table of protectedTables) {
		await expect(
			page.locator(`tbody tr:has(code[data-table="${table.name}"]) [data-protection="perturbed"]`)
		).toContainText(`at most ±${table.protection.maxPerturbation}`);
	}
	const methods = page.getByTestId('protection-methods');
	await expect(methods.getByRole('heading')).toHaveText(
		'How counts of persons and records are protected'
	);
	await expect(methods).toContainText('cell-key method');
	await expect(methods).toContainText('no count from 1 to 4 persons or records');
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
	).toEqual([]);
});

test('every page says when the build holds synthetic records, in each language', async ({
	page
}) => {
	await page.goto('/participation');
	await expect(page.getByRole('note')).toContainText('synthetic');
	await page.getByRole('note').getByRole('link').click();
	await expect(page).toHaveURL(/\/data$/);
	await page.goto('/fr/data');
	await expect(page.getByRole('note')).toContainText('synthétiques');
	await expect(page.locator('h1')).toHaveText('Données et sources');
	await page.goto('/de');
	await expect(page.getByRole('note')).toContainText('synthetisch');
});
