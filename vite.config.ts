import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// One module graph per worker instead of one per test file: importing and transforming
		// each file's dependencies again took about two thirds of the CPU time. Nothing in the tests
		// mocks modules or leaves globals changed.
		isolate: false,
		// The larger property tests take 1 to 4 s on an idle 2-core machine and 5 s or more when it is
		// shared; a slow machine is not a failure.
		testTimeout: 30_000
	}
});
