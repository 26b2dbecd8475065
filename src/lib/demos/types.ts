import type { Component } from 'svelte';
import type { Schema } from '$lib/state/params';
import type { HashState } from '$lib/state/hash-state.svelte';

export type DemoProps<S extends Schema = Schema> = { params: HashState<S>; preset?: string };

/** What every demo folder's index.ts exports as its default (src/lib/demos/CONTRACT.md). */
export type DemoModule<S extends Schema = Schema> = {
	Demo: Component<DemoProps<S>>;
	schema: S;
	/** The presets the registry may name for the questions this demo serves. */
	presets?: readonly string[];
};

/** Types a demo folder's export: `export default defineDemo({ Demo, schema })`. */
export const defineDemo = <S extends Schema>(demo: DemoModule<S>): DemoModule<S> => demo;
