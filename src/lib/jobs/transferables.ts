/** How deep in a result typed arrays are looked for. */
const MAX_DEPTH = 3;

/**
 * The buffers behind the typed arrays in `value` (itself, or in its properties and array
 * elements up to three levels down), so a result is moved to the page instead of copied.
 * Arrays of plain values are not walked (judged by their first element).
 */
export function transferablesIn(value: unknown): ArrayBuffer[] {
	const found = new Set<ArrayBuffer>();
	const visit = (item: unknown, depth: number) => {
		if (item instanceof ArrayBuffer) found.add(item);
		else if (ArrayBuffer.isView(item)) {
			if (item.buffer instanceof ArrayBuffer) found.add(item.buffer);
		} else if (depth < MAX_DEPTH && typeof item === 'object' && item !== null) {
			if (Array.isArray(item)) {
				if (typeof item[0] === 'object') for (const element of item) visit(element, depth + 1);
			} else {
				for (const key in item) visit((item as Record<string, unknown>)[key], depth + 1);
			}
		}
	};
	visit(value, 0);
	return [...found];
}
