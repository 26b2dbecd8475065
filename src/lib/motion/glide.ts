import { prefersReducedMotion } from 'svelte/motion';

/**
 * A Tween's duration for a value that glides after a single change (a click, a key) and follows
 * at once while changes stream in (a drag): a glide restarted on every input costs a frame of work
 * each time and makes a drag's slowest frames several times slower. With reduced motion, never.
 * One per tweened value: it remembers when that value last changed.
 */
export function glideDuration(ms: number): () => number {
	let lastChange = -Infinity;
	return () => {
		const now = performance.now();
		const streaming = now - lastChange < ms;
		lastChange = now;
		return prefersReducedMotion.current || streaming ? 0 : ms;
	};
}
