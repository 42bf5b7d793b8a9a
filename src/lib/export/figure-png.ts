// A figure's SVG drawn into a PNG in the browser. The image is loaded from a data: URL: the
// site's Content-Security-Policy allows img-src 'self' data:, not blob:.

export async function svgToPngBlob(options: {
	svg: string;
	width: number;
	height: number;
	scale?: number;
}): Promise<Blob> {
	const scale = options.scale ?? 2;
	const image = new Image();
	const loaded = new Promise<void>((resolve, reject) => {
		image.onload = () => resolve();
		image.onerror = () => reject(new Error('the figure could not be drawn as an image'));
	});
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(options.svg)}`;
	await loaded;
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(options.width * scale);
	canvas.height = Math.round(options.height * scale);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('this browser cannot draw on a canvas');
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
			'image/png'
		)
	);
}
