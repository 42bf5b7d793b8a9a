// Saves a file the page made itself, without any network request.

export function downloadBlob(options: { fileName: string; blob: Blob }): void {
	const url = URL.createObjectURL(options.blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = options.fileName;
	link.style.display = 'none';
	document.body.append(link);
	try {
		link.click();
	} finally {
		link.remove();
		// The download has started from the click; revoking synchronously can cancel it.
		setTimeout(() => URL.revokeObjectURL(url), 0);
	}
}

export function downloadText(options: { fileName: string; text: string; type: string }): void {
	downloadBlob({
		fileName: options.fileName,
		blob: new Blob([options.text], { type: options.type })
	});
}
