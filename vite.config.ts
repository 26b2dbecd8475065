import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		// One module graph per worker instead of one per test file: importing and transforming
		// each file's dependencies again took about two thirds of the CPU time. Nothing in the tests
		// mocks modules or leaves globals changed.
		isolate: false,
		// The largest tests take up to 4 s on a lightly loaded 2-core machine and passed 30 s when it
		// ran at a load average of 30 (the GPT-2-sized sampling test); a slow machine is not a failure.
		testTimeout: 60_000,
		// vitest leaves a core to its main process by default, which on a 2-core machine means one
		// worker: the run is mostly module imports, and a second worker runs them in parallel.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		setupFiles: ['./tests/unit/fast-check-limits.ts'],
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					environment: 'node'
				}
			},
			{
				// Tests of .svelte.ts classes, whose $effects only run in Svelte's client runtime.
				extends: true,
				test: {
					name: 'svelte',
					include: ['src/**/*.svelte.test.ts'],
					environment: './tests/unit/svelte-client-environment.ts'
				}
			}
		]
	}
});
