/** How a text of some number of tokens fits a context window. */
export interface WindowFit {
	/** tokens / window: above 1 the text does not fit. */
	share: number;
	fits: boolean;
	/** The part of the text the model can see at once (1 when it fits). */
	seen: number;
}

export function windowFit(tokens: number, window: number): WindowFit {
	if (!(window > 0) || !(tokens >= 0)) {
		throw new RangeError(`windowFit: needs tokens ≥ 0 and window > 0, got ${tokens}, ${window}`);
	}
	const share = tokens / window;
	return { share, fits: share <= 1, seen: tokens === 0 ? 1 : Math.min(1, window / tokens) };
}

/** "190%" under 10x, else "12×": a share of a window, readable at any size. */
export function formatShare(share: number): string {
	if (share >= 10) return `${Math.round(share)}×`;
	const percent = share * 100;
	return `${percent >= 10 ? Math.round(percent) : Number(percent.toFixed(1))}%`;
}

export interface Numbered<T> {
	items: T[];
	/** The 1-based number of an item, by its key. */
	number: (key: string) => number;
}

/** Items numbered in order of first appearance, duplicates (by key) counted once: footnotes. */
export function numberOnce<T>(items: readonly T[], key: (item: T) => string): Numbered<T> {
	const numbers = new Map<string, number>();
	const unique: T[] = [];
	for (const item of items) {
		if (!numbers.has(key(item))) {
			unique.push(item);
			numbers.set(key(item), unique.length);
		}
	}
	return {
		items: unique,
		number: (k) => {
			const n = numbers.get(k);
			if (n === undefined) throw new RangeError(`numberOnce: unknown key ${k}`);
			return n;
		}
	};
}
