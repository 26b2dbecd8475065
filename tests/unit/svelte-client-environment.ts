import type { Environment } from 'vitest/environments';

/**
 * Node, but modules transformed and resolved as for the browser, so Svelte's client runtime
 * runs `$effect`s (the server one skips them). For tests of `.svelte.ts` classes with effects
 * (the `svelte` project of vite.config.ts: every `*.svelte.test.ts`).
 */
export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup: () => ({ teardown() {} })
} satisfies Environment;
