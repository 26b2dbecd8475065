import { backgroundOf } from './background';
import { pngOf } from './png';

/**
 * A canvas chart redrawn at `scale` times its CSS size on the page's background. A backing
 * store smaller than that (a heatmap keeps one pixel per cell) is enlarged without smoothing,
 * so cells stay crisp squares; a larger one is smoothed down.
 */
export function rasterize(source: HTMLCanvasElement, scale = 2): HTMLCanvasElement {
	const { width, height } = source.getBoundingClientRect();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = backgroundOf(source);
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.imageSmoothingEnabled = source.width > canvas.width;
	ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
	return canvas;
}

export function canvasToPng(source: HTMLCanvasElement, scale = 2): Promise<Blob> {
	return pngOf(rasterize(source, scale));
}
