/** The colour a chart is seen on: the first opaque background among it and its ancestors. */
export function backgroundOf(el: Element): string {
	for (let node: Element | null = el; node; node = node.parentElement) {
		const colour = getComputedStyle(node).backgroundColor;
		if (colour && !/^transparent$|^rgba\(.*,\s*0\)$/.test(colour)) return colour;
	}
	return getComputedStyle(document.body).backgroundColor || 'white';
}
