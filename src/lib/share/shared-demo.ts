import type { HashState } from '$lib/state/hash-state.svelte';
import type { Schema } from '$lib/state/params';

/** A demo as the sharing tools see it: its state, where it is drawn, and which question it is. */
export type SharedDemo = {
	params: HashState<Schema>;
	area: HTMLElement | undefined;
	slug: string;
	title: string;
};
