import { onMount } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { UrlState } from './url-state';

/**
 * A page's view state, read from the URL and written back to it: every change is a navigation,
 * so a reload, the back button and a pasted link all restore the view.
 */
export class PageState<State, Context> {
	readonly #spec: UrlState<State, Context>;
	readonly #context: () => Context;
	// Prerendered pages have no query string: the first render, on the server and while hydrating,
	// shows the default view, and the URL's view follows once the page is live.
	#live = $state(false);
	/** The view the URL asks for. */
	readonly value: State = $derived.by(() =>
		this.#live
			? this.#spec.parse(page.url.searchParams, this.#context())
			: this.#spec.defaults(this.#context())
	);

	/** Create it while a component initialises (it follows the page's URL from its mount on). */
	constructor(spec: UrlState<State, Context>, context: () => Context) {
		this.#spec = spec;
		this.#context = context;
		onMount(() => {
			this.#live = true;
		});
	}

	/** The query string of a view ('' for the default view). */
	query(state: State): string {
		return this.#spec.serialise(state, this.#context());
	}

	/** The link of a view of this page (path and query, no origin). */
	href(state: State): string {
		return `${page.url.pathname}${this.query(state)}`;
	}

	/** The link of the page's default view. */
	get defaultHref(): string {
		return page.url.pathname;
	}

	set(change: Partial<State>): void {
		void goto(this.href({ ...this.value, ...change }), { keepFocus: true, noScroll: true });
	}
}
