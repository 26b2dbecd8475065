/** Saves a blob under a file name, as a click on a download link would. */
export function download(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	// Revoked on the next task: the click has handed the URL to the download by then.
	setTimeout(() => URL.revokeObjectURL(url));
}
