// The default build's disclosure control, as its run report and manifest give it: the audit over
// every published table found no small count an outsider could read off, after checking how many.
// (A pipeline run on sparse data is too slow for the unit suite: see the closing note of #9.)
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const COUNTS: Record<string, string[]> = {
	uptake: ['credentials', 'learners'],
	inclusion: ['learners_with_known_attribute', 'learners_in_group'],
	annex1_completeness: ['records', 'records_with_element'],
	provider_quality: ['records'],
	annex2_principles: ['units', 'units_meeting']
};

test('the default build is audited jointly over every table, and says how each is protected', async ({
	page
}) => {
	const report = JSON.parse(readFileSync('output/reports/run-report.json', 'utf8'));
	const { disclosure } = report;
	expect(disclosure.method).toBe('cell-key perturbation');
	expect(disclosure.audit.findings).toBe(0);
	// Thousands of small counts checked, over many more relations.
	expect(disclosure.audit.sensitiveCells).toBeGreaterThan(1000);
	expect(disclosure.audit.relations).toBeGreaterThan(disclosure.audit.sensitiveCells);
	expect(disclosure.tables).toEqual(expect.arrayContaining(Object.keys(COUNTS)));
	console.log(
		`audit of the default build: ${disclosure.audit.sensitiveCells} small counts proved not ` +
			`recoverable over ${disclosure.audit.relations} relations; ${disclosure.hiddenCells.length} ` +
			`of ${disclosure.countCells} counts hidden`
	);

	const manifest = await (await page.request.get('/data/manifest.json')).json();
	for (const [name, columns] of Object.entries(COUNTS)) {
		const table = manifest.tables.find((t: { name: string }) => t.name === name);
		expect(table.protection, name).toMatchObject({ method: 'cell-key perturbation', minCell: 5 });
		for (const column of columns) expect(table.protection.counts, name).toContain(column);
		const hidden = disclosure.hiddenCells.filter((id: string) => id.startsWith(`${name}|`));
		expect(table.protection.hiddenCells, name).toBe(hidden.length);
	}
});
