const MAX_STEM = 120;

/**
 * The file name of a figure's download: the figure and its view (a query string such as
 * `geo=EU27_2020,FR&sex=F`), in the characters every file system and mail client accepts, e.g.
 * `participation-series_geo-EU27_2020-FR_sex-F.csv`.
 */
export function figureFileName(options: {
	figureId: string;
	view: string;
	extension: 'csv' | 'svg' | 'png' | 'txt';
}): string {
	// Query parameters become '_'-separated parts; everything else outside [A-Za-z0-9_.-] a '-'.
	const view = decoded(options.view).split('&').map(clean).filter(Boolean).join('_');
	const stem = [clean(options.figureId), view]
		.filter(Boolean)
		.join('_')
		.slice(0, MAX_STEM)
		.replace(/[-_.]+$/, '');
	return `${stem || 'figure'}.${options.extension}`;
}

function clean(text: string): string {
	return (
		text
			// Accented letters keep their base letter rather than becoming a dash.
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^A-Za-z0-9_.-]+/g, '-')
			// No '..' and no leading dot: a name that reads as a path or a hidden file.
			.replace(/\.{2,}/g, '-')
			.replace(/-{2,}/g, '-')
			.replace(/^[-_.]+|[-_.]+$/g, '')
	);
}

function decoded(text: string): string {
	try {
		return decodeURIComponent(text.replaceAll('+', ' '));
	} catch {
		return text;
	}
}
