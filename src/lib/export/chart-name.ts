/**
 * What a chart is called: the accessible name of the chart or of the nearest named element
 * around it (a labelled wrapper, a figure's caption), else the nearest heading before it.
 */

const text = (node: Element | null | undefined) =>
	node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

function ownName(el: Element): string {
	const label = el.getAttribute('aria-label')?.trim();
	if (label) return label;
	const ids = el.getAttribute('aria-labelledby')?.trim();
	if (ids) {
		const byId = ids.split(/\s+/).map((id) => text(el.ownerDocument.getElementById(id)));
		const joined = byId.filter(Boolean).join(' ');
		if (joined) return joined;
	}
	if (el instanceof SVGSVGElement) return text(el.querySelector(':scope > title'));
	if (el.localName === 'figure') return text(el.querySelector(':scope > figcaption'));
	return '';
}

function headingBefore(el: Element, root: HTMLElement): string {
	let found = '';
	for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
		if (heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
			found = text(heading);
		else break;
	}
	return found;
}

export function chartName(el: Element, root: HTMLElement): string {
	for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
		const name = ownName(node);
		if (name) return name;
	}
	return headingBefore(el, root);
}
