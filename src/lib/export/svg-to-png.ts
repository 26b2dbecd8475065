import { pngOf } from './png';

/**
 * An SVG file's text as a PNG `scale` times its CSS size. The image is drawn at the canvas's
 * resolution, so the PNG is as sharp as the vector drawing at that size.
 */
export async function svgToPng(
	svgText: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await pngOf(canvas);
	} finally {
		URL.revokeObjectURL(url);
	}
}
