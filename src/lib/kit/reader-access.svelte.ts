import { onMount } from 'svelte';

/**
 * The origin the reader opened the site at and the day of access, for a citation: known only in
 * the browser (empty at build time). Call it while a component initialises.
 */
export function readerAccess(): { readonly origin: string; readonly accessed: string } {
	let origin = $state('');
	let accessed = $state('');
	onMount(() => {
		origin = location.origin;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never changed
		accessed = new Date().toISOString().slice(0, 10);
	});
	return {
		get origin() {
			return origin;
		},
		get accessed() {
			return accessed;
		}
	};
}
