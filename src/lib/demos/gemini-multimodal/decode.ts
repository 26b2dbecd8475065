/**
 * The reader's own image, decoded in the browser (createImageBitmap) and never uploaded. A very
 * large picture is scaled down on decoding so that patching works on at most MAX_SIDE pixels a side.
 */

/** Longest side kept after decoding: twice the largest resolution the page patches. */
export const MAX_SIDE = 1024;

export interface LoadedImage {
	bitmap: ImageBitmap;
	name: string;
	/** The file's own size. */
	width: number;
	height: number;
	/** The bitmap was scaled down from width × height. */
	scaled: boolean;
}

/** Decode a file as an image; rejects with 'not-image' when the browser cannot decode it. */
export async function loadImage(file: File): Promise<LoadedImage> {
	let full: ImageBitmap;
	try {
		full = await createImageBitmap(file);
	} catch {
		throw new Error('not-image');
	}
	const { width, height } = full;
	const longest = Math.max(width, height);
	if (longest <= MAX_SIDE) return { bitmap: full, name: file.name, width, height, scaled: false };
	const k = MAX_SIDE / longest;
	const bitmap = await createImageBitmap(full, {
		resizeWidth: Math.max(1, Math.round(width * k)),
		resizeHeight: Math.max(1, Math.round(height * k)),
		resizeQuality: 'high'
	});
	full.close();
	return { bitmap, name: file.name, width, height, scaled: true };
}

/** The bitmap's centre square drawn at side × side pixels, read back as RGBA bytes. */
export function bitmapPixels(bitmap: ImageBitmap, side: number): ImageData {
	const canvas = document.createElement('canvas');
	canvas.width = side;
	canvas.height = side;
	const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
	const s = Math.min(bitmap.width, bitmap.height);
	ctx.drawImage(bitmap, (bitmap.width - s) / 2, (bitmap.height - s) / 2, s, s, 0, 0, side, side);
	return ctx.getImageData(0, 0, side, side);
}
