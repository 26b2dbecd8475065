import { canvasToPng } from './canvas-to-png';
import { canvasToSvg } from './canvas-to-svg';
import type { Chart } from './charts';
import { download } from './download';
import { fileName } from './file-name';
import { serializeSvg } from './serialize-svg';
import { svgToPng } from './svg-to-png';

export type ExportFormat = 'svg' | 'png';

const svgBlob = (text: string) => new Blob([text], { type: 'image/svg+xml' });

/** Downloads a chart as SVG or as PNG at 2×; returns the file's name. */
export async function exportChart(
	chart: Chart,
	format: ExportFormat,
	page: string | undefined
): Promise<string> {
	const { element } = chart;
	let blob: Blob;
	if (element instanceof HTMLCanvasElement) {
		blob = format === 'png' ? await canvasToPng(element) : svgBlob(canvasToSvg(element));
	} else {
		const text = serializeSvg(element);
		const { width, height } = element.getBoundingClientRect();
		blob = format === 'png' ? await svgToPng(text, width, height) : svgBlob(text);
	}
	const name = fileName(page, chart.slug, format);
	download(blob, name);
	return name;
}
