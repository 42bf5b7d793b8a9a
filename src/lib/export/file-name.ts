const MAX_STEM = 120;

/**
 * The file name of a figure's download: the figure and its view, ASCII only, e.g.
 * `participation-series_geo-EU27_2020-FR_sex-F.csv`.
 */
export function figureFileName(options: {
	figureId: string;
	view: string;
	extension: 'csv' | 'svg' | 'png' | 'txt';
}): string {
	const clean = (text: string) =>
		text
			.replace(/[=,:;|&]/g, '-')
			.replace(/[^A-Za-z0-9_-]+/g, '-')
			.replace(/-{2,}/g, '-')
			.replace(/^-+|-+$/g, '');
	const view = clean(options.view.replace(/&/g, '_'));
	const stem = [clean(options.figureId), view].filter(Boolean).join('_').slice(0, MAX_STEM);
	return `${stem.replace(/[-._]+$/, '')}.${options.extension}`;
}
