/** A canvas's pixels as a PNG file. */
export function pngOf(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))))
	);
}
