import { chartName } from './chart-name';
import { uniqueSlugs } from './file-name';

export type Chart = {
	element: SVGSVGElement | HTMLCanvasElement;
	name: string;
	/** Unique among the charts found together: the chart's part of a file name. */
	slug: string;
};

/** Smaller than this on either side: an icon, not a chart. */
const MIN_SIDE = 40;

function exportable(el: SVGSVGElement | HTMLCanvasElement, root: HTMLElement): boolean {
	const box = el.getBoundingClientRect();
	if (box.width < MIN_SIDE || box.height < MIN_SIDE) return false;
	if (el instanceof HTMLCanvasElement) return true;
	// A canvas hides itself from assistive technology by nature; an SVG that does is decoration
	// (an icon, a hover overlay), and one inside another SVG is part of that chart.
	const outer = el.parentElement?.closest('svg');
	return !el.closest('[aria-hidden="true"]') && !(outer && root.contains(outer));
}

/** The charts drawn inside `root`, in page order. */
export function chartsIn(root: HTMLElement): Chart[] {
	const elements = [...root.querySelectorAll<SVGSVGElement | HTMLCanvasElement>('svg, canvas')];
	const found = elements.filter((el) => exportable(el, root));
	const names = found.map((el) => chartName(el, root));
	const slugs = uniqueSlugs(names);
	return found.map((element, i) => ({ element, name: names[i], slug: slugs[i] }));
}
