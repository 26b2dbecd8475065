import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The Node benchmarks (bench/node/*.bench.ts): run as ordinary vitest files that print their
 * figures, `npx vitest run --config bench/vitest.bench.config.ts`. Kept out of the default
 * vitest run, which includes only src/ and scripts/.
 */
export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['bench/node/**/*.bench.ts'],
		environment: 'node',
		testTimeout: 600_000
	}
});
