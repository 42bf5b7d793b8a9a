// DuckDB without a cold wait, and without touching the critical path: the engine starts loading
// once the page has painted its largest content and the browser is idle, so that the reader's
// first click finds it ready, and a page that is only read never waits for it.

import type { PublishedQuery } from '$core/queries/sql-query';

let started = false;

function afterLoad(): Promise<void> {
	if (document.readyState === 'complete') return Promise.resolve();
	return new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }));
}

/** Resolves after the first largest-contentful-paint entry (or at once where LCP is unknown). */
function afterLargestContentfulPaint(): Promise<void> {
	if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
		return Promise.resolve();
	}
	return new Promise((resolve) => {
		const observer = new PerformanceObserver((list) => {
			if (list.getEntries().length === 0) return;
			observer.disconnect();
			resolve();
		});
		observer.observe({ type: 'largest-contentful-paint', buffered: true });
		// A page whose content paints no candidate still warms up.
		setTimeout(() => {
			observer.disconnect();
			resolve();
		}, 3000);
	});
}

function whenIdle(): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
		else setTimeout(resolve, 200);
	});
}

/**
 * Starts DuckDB when the browser is idle after the first paint, loads the page's tables and runs
 * its first view's queries once, so that the first click finds the engine, the tables and
 * DuckDB's query path ready.
 */
export function warmUpWhenIdle(options: {
	base: string;
	queries: readonly PublishedQuery[];
}): void {
	if (started) return;
	started = true;
	void afterLoad()
		.then(afterLargestContentfulPaint)
		.then(whenIdle)
		.then(() => import('$lib/db/client'))
		.then(({ browserDatabase }) => {
			const database = browserDatabase(options.base);
			return Promise.all(options.queries.map((query) => database.query(query)));
		})
		// For the page-load benchmark: when the engine and the page's tables were ready.
		.then(() => performance.mark('uptake:warm'))
		.catch(() => {
			// A failed warm-up is retried by the first real query, which shows its error.
			started = false;
		});
}
