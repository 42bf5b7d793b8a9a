import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

interface Guard {
	/** Requests to anything but this machine: must stay empty. */
	outside: string[];
	consoleErrors: string[];
	cspViolations: () => Promise<string[]>;
	requested: string[];
}

/**
 * Every test runs with the network closed to anything but localhost, and records what the page
 * tried to reach, what it logged as an error, and any Content-Security-Policy violation.
 */
export const test = base.extend<{ guard: Guard }>({
	guard: async ({ page, context }, use) => {
		const guard: Guard = {
			outside: [],
			consoleErrors: [],
			requested: [],
			cspViolations: () => collectViolations(page)
		};
		await context.route('**/*', (route) => {
			const url = new URL(route.request().url());
			if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
			guard.outside.push(url.href);
			return route.abort('blockedbyclient');
		});
		page.on('request', (request) => guard.requested.push(request.url()));
		page.on('console', (message) => {
			if (message.type() === 'error') guard.consoleErrors.push(message.text());
		});
		await page.addInitScript(() => {
			const w = window as unknown as { __csp: string[] };
			w.__csp = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
		});
		await use(guard);
		expect(guard.outside, 'requests that left this machine').toEqual([]);
	}
});

async function collectViolations(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp ?? []);
}

/** axe-core finds no serious or critical violation on the page as it is now. */
export async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const serious = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(serious).toEqual([]);
}

export { expect };
