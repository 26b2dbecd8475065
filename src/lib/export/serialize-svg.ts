import { backgroundOf } from './background';

/** Properties that inherit: written where an element's value differs from its parent's. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-opacity',
	'paint-order',
	'font-family',
	'font-size',
	'font-style',
	'font-weight',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline',
	'visibility'
];
/** Properties that do not inherit, with their initial value (written when different). */
const OWN: Record<string, string> = {
	opacity: '1',
	'stop-color': 'rgb(0, 0, 0)',
	'stop-opacity': '1'
};

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Not drawn in place but referenced or read: kept whatever their display. */
const KEPT =
	'defs, pattern, linearGradient, radialGradient, clipPath, mask, marker, symbol, title, desc';

/** A reference into the document itself, kept as a bare fragment so it works in a file. */
const localUrl = (value: string) => value.replace(/url\("?[^#")]*(#[^")]+)"?\)/g, 'url($1)');

function inline(live: Element, copy: Element, parent: CSSStyleDeclaration | null): boolean {
	const style = getComputedStyle(live);
	if (live.localName === 'foreignObject') return false;
	if (style.display === 'none' && !live.closest(KEPT)) return false;
	const declarations: string[] = [];
	for (const name of INHERITED) {
		const value = style.getPropertyValue(name);
		// A presentation attribute may hold var(): the computed value replaces it.
		if (copy.hasAttribute(name) || !parent || parent.getPropertyValue(name) !== value) {
			declarations.push(`${name}:${localUrl(value)}`);
		}
	}
	for (const [name, initial] of Object.entries(OWN)) {
		const value = style.getPropertyValue(name);
		if (copy.hasAttribute(name) || value !== initial) declarations.push(`${name}:${value}`);
	}
	for (const name of [...INHERITED, ...Object.keys(OWN)]) copy.removeAttribute(name);
	if (declarations.length > 0) copy.setAttribute('style', declarations.join(';'));
	else copy.removeAttribute('style');

	const liveKids = [...live.children];
	const copyKids = [...copy.children];
	liveKids.forEach((kid, i) => {
		if (!inline(kid, copyKids[i], style)) copyKids[i].remove();
	});
	return true;
}

/**
 * The chart as a standalone SVG file that looks like the screen: computed styles inlined (CSS
 * variables and light-dark() resolved to concrete colours), its size, and the page's background.
 */
export function serializeSvg(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	inline(svg, copy, null);

	const { width, height } = svg.getBoundingClientRect();
	const view = svg.viewBox.baseVal;
	const [x, y, w, h] =
		view && view.width > 0 ? [view.x, view.y, view.width, view.height] : [0, 0, width, height];
	copy.setAttribute('xmlns', SVG_NS);
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	copy.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);

	const background = document.createElementNS(SVG_NS, 'rect');
	for (const [name, value] of Object.entries({ x, y, width: w, height: h })) {
		background.setAttribute(name, String(value));
	}
	background.setAttribute('fill', backgroundOf(svg));
	copy.prepend(background);

	return new XMLSerializer().serializeToString(copy);
}
