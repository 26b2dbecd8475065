import type { Component } from 'svelte';
import type { Schema } from '$lib/state/params';
import type { HashState } from '$lib/state/hash-state.svelte';

export type DemoProps<S extends Schema = Schema> = { params: HashState<S>; preset?: string };

/** What every demo folder's index.ts exports. */
export type DemoModule<S extends Schema = Schema> = {
	Demo: Component<DemoProps<S>>;
	schema: S;
};
