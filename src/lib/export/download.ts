// Saves a file the page made, without any network request.

export function downloadBlob(options: { fileName: string; blob: Blob }): void {
	const url = URL.createObjectURL(options.blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = options.fileName;
	link.style.display = 'none';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(options: { fileName: string; text: string; type: string }): void {
	downloadBlob({
		fileName: options.fileName,
		blob: new Blob([options.text], { type: options.type })
	});
}
