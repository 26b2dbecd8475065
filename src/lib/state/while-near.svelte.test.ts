import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhileNear } from './while-near.svelte';

/** IntersectionObserver stand-in: `nearness(true)` tells every observed section it came near. */
let observers: ((near: boolean) => void)[] = [];
const nearness = (near: boolean) => {
	observers.forEach((report) => report(near));
	flushSync();
};
vi.stubGlobal(
	'IntersectionObserver',
	class {
		constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
			observers.push((near) => callback([{ isIntersecting: near }]));
		}
		observe() {}
		disconnect() {}
	}
);
afterEach(() => (observers = []));

describe('WhileNear', () => {
	it('computes a field once when first asked, then follows its input only while near', () => {
		const input = $state({ k: 1, label: 'a' });
		const reads = { k: 0, label: 0 };
		let view!: WhileNear<{ k: number; label: string }>;
		const stop = $effect.root(() => {
			view = new WhileNear({
				k: () => (reads.k++, input.k),
				label: () => (reads.label++, input.label)
			});
			view.watch({} as HTMLElement); // the stand-in observer never looks at the element
		});
		expect(view.value.k).toBe(1);
		input.k = 2;
		flushSync();
		expect(view.value.k).toBe(1);
		nearness(true);
		expect(view.value.k).toBe(2);
		input.k = 3;
		flushSync();
		expect(view.value.k).toBe(3);
		// A field not asked for is not computed; each field follows only its own input.
		expect(reads.label).toBe(0);
		expect(view.value.label).toBe('a');
		const kReads = reads.k;
		input.label = 'b';
		flushSync();
		expect(view.value.label).toBe('b');
		expect(view.value.k).toBe(3);
		expect(reads.k).toBe(kReads);
		// Gone from near the screen, it keeps what it last showed.
		nearness(false);
		input.k = 4;
		flushSync();
		expect(view.value.k).toBe(3);
		nearness(true);
		expect(view.value.k).toBe(4);
		stop();
	});
});
