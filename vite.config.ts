import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
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
