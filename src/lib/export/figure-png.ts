// A figure's SVG drawn into a PNG in the browser. The image is loaded from a data: URL because
// the site's Content-Security-Policy allows img-src 'self' data:, not blob:.

export async function svgToPngBlob(options: {
	svg: string;
	width: number;
	height: number;
	scale?: number;
}): Promise<Blob> {
	const { svg, width, height, scale = 2 } = options;
	const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('The figure could not be drawn: no 2D canvas in this browser.');
	context.scale(scale, scale);
	// PNG has an alpha channel: without a fill, the areas the chart leaves open stay transparent.
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, width, height);
	context.drawImage(image, 0, 0, width, height);
	return new Promise<Blob>((resolve, reject) => {
		try {
			canvas.toBlob((blob) => {
				if (blob) resolve(blob);
				else reject(new Error('The figure could not be encoded as a PNG image.'));
			}, 'image/png');
		} catch (error) {
			// A canvas the browser considers tainted throws a SecurityError here.
			reject(new Error('The figure could not be encoded as a PNG image.', { cause: error }));
		}
	});
}

function loadImage(src: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const image = new Image();
		image.onload = () => resolve(image);
		image.onerror = () => reject(new Error('The figure could not be loaded as an image.'));
		image.src = src;
	});
}
