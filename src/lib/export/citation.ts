/**
 * A ready-to-paste citation of one figure, on one line: publisher and year, title, sources, data
 * release, the link of the exact view and the access date. Labels come translated; this function
 * adds only punctuation.
 */
export function buildCitation(options: {
	title: string;
	publisher: string;
	sources: readonly string[];
	release: string;
	url: string;
	/** YYYY-MM-DD */
	accessed: string;
	labels: { source: string; release: string; accessed: string };
}): string {
	const title = oneLine(options.title);
	const publisher = oneLine(options.publisher);
	const release = oneLine(options.release);
	const url = oneLine(options.url);
	const accessed = oneLine(options.accessed);
	const sources = options.sources.map(oneLine).filter(Boolean);
	const { labels } = options;

	const year = /^\d{4}/.exec(release)?.[0] ?? /^\d{4}/.exec(accessed)?.[0];
	const parts = [year ? `${publisher} (${year}).` : closed(publisher), closed(title)];
	const provenance = [
		sources.length ? `${labels.source}: ${sources.join('; ')}` : '',
		release ? `${labels.release}: ${release}` : ''
	].filter(Boolean);
	if (provenance.length) parts.push(`${provenance.join('; ')}.`);
	parts.push(`${url} (${labels.accessed} ${accessed}).`);
	return parts.filter((part) => part !== '').join(' ');
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

// A title that already ends a sentence does not get a second full stop.
function closed(text: string): string {
	if (!text) return '';
	return /[.!?]$/.test(text) ? text : `${text}.`;
}
