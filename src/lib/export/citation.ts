/**
 * A ready-to-paste citation of one figure: publisher and year, title, sources, data release,
 * the link of the exact view and the access date. Labels come translated; the function adds only
 * punctuation.
 */
export function buildCitation(options: {
	title: string;
	publisher: string;
	sources: readonly string[];
	release: string;
	url: string;
	accessed: string;
	labels: { source: string; release: string; accessed: string };
}): string {
	const { title, publisher, sources, release, url, accessed, labels } = options;
	const year = /^\d{4}/.exec(release)?.[0] ?? accessed.slice(0, 4);
	const end = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
	return [
		`${publisher} (${year}).`,
		end(title),
		`${labels.source}: ${sources.join('; ')};`,
		`${labels.release}: ${release}.`,
		`${url} (${labels.accessed} ${accessed}).`
	].join(' ');
}
