// Shared by the redraw benchmarks: a change of view timed in the page, from the reader's click or
// change to the frame after the figure shows the new view, so that the browser driver's round
// trips are not counted.
import type { Page } from '@playwright/test';

export interface Change {
	readonly name: string;
	/** The element whose text shows the change, and that text, for value i. */
	expect(i: number): { selector: string; text: string };
	/** Makes the change with value i (values alternate, so every change is a real one). */
	act(page: Page, i: number): Promise<void>;
}

/** Milliseconds from the next click or change to the frame after `selector` contains `text`. */
export async function timeInPage(page: Page, change: Change, i: number): Promise<number> {
	const handle = await page.evaluateHandle(({ selector, text }) => {
		// Wrapped: a promise returned as such would be awaited before the change is made.
		const done = new Promise<number>((resolve, reject) => {
			let started = 0;
			setTimeout(
				() =>
					reject(
						new Error(
							`"${text}" not in ${selector} (change seen: ${started > 0}): ` +
								(document.querySelector(selector)?.textContent ?? 'no such element').slice(0, 300)
						)
					),
				30_000
			);
			// A button's click, a radio's or a select's change: whichever comes first.
			for (const type of ['click', 'change'])
				document.addEventListener(type, () => (started ||= performance.now()), {
					once: true,
					capture: true
				});
			// No named function here: tsx would wrap it in a helper the page does not have.
			const observer = new MutationObserver(() => {
				const element = document.querySelector(selector);
				if (started === 0 || !element?.textContent?.includes(text)) return;
				observer.disconnect();
				requestAnimationFrame(() =>
					requestAnimationFrame(() => resolve(performance.now() - started))
				);
			});
			observer.observe(document.body, { subtree: true, childList: true, characterData: true });
		});
		return { done };
	}, change.expect(i));
	await change.act(page, i);
	const elapsed = await handle.evaluate((measurement) => measurement.done);
	await handle.dispose();
	return elapsed;
}
