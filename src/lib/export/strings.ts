/** Strings of the export menu: each chart of a demo as an SVG or PNG file. */
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'export.open': 'Export',
	'export.intro': 'Download a chart as it looks now.',
	'export.none': 'No chart is shown right now.',
	'export.unnamed': 'Chart {n}',
	'export.svg': 'SVG',
	'export.png': 'PNG 2×',
	'export.svgLabel': 'Download “{chart}” as SVG',
	'export.pngLabel': 'Download “{chart}” as PNG 2× (twice the size on screen)',
	'export.saved': 'Saved {file}',
	'export.failed': 'This chart could not be exported.'
};

const zh: Record<keyof typeof en, string> = {
	'export.open': '导出',
	'export.intro': '按当前样子下载图表。',
	'export.none': '当前没有显示图表。',
	'export.unnamed': '图表 {n}',
	'export.svg': 'SVG',
	'export.png': 'PNG 2×',
	'export.svgLabel': '将“{chart}”下载为 SVG',
	'export.pngLabel': '将“{chart}”下载为 PNG 2×（屏幕尺寸的两倍）',
	'export.saved': '已保存 {file}',
	'export.failed': '无法导出此图表。'
};

export const exporting = strings(en, zh);
export const t = translator(exporting);
