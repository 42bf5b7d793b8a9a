// Saves a file the page made itself, without any network request.

/** How long a downloaded file's object URL lives after the click. */
const REVOKE_AFTER_MS = 60_000;

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
		// The browser reads the blob after the click, later on a busy page: revoked at once (even in
		// the next task) the download can be dropped without a word. A minute is plenty.
		setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
	}
}

export function downloadText(options: { fileName: string; text: string; type: string }): void {
	downloadBlob({
		fileName: options.fileName,
		blob: new Blob([options.text], { type: options.type })
	});
}
