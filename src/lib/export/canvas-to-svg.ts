import { rasterize } from './canvas-to-png';

/** A canvas chart as an SVG file: its picture at 2× embedded as an image of its CSS size. */
export function canvasToSvg(source: HTMLCanvasElement): string {
	const { width, height } = source.getBoundingClientRect();
	const href = rasterize(source, 2).toDataURL('image/png');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`<image href="${href}" width="${width}" height="${height}"/></svg>`
	);
}
