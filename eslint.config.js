import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Globals only a browser page has (window, document, HTMLElement, localStorage…). */
const domOnlyGlobals = Object.keys(globals.browser).filter(
	(name) => !(name in globals.node) && !(name in globals['shared-node-browser'])
);

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	// No rule here reads types (svelte-check type-checks everything), so the TypeScript parser runs
	// without a project: typed parsing made `npm run lint` about three times slower.
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	// Boundaries (src/lib/demos/CONTRACT.md). A demo never reaches into another demo's folder:
	// what two demos share lives in an engine or a shared component.
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/demos/*/**', '**/demos/*/**'],
							message:
								'Import nothing from inside a demo folder: move what is shared to src/lib/engines or src/lib/components.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/demos/*/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['../*/**', '$lib/demos/*/**', '**/demos/*/**'],
							message:
								'A demo imports nothing from inside another demo folder: move what is shared to src/lib/engines or src/lib/components.'
						}
					]
				}
			]
		}
	},
	// The tiny-math module is pure: no Svelte, no app code, no DOM.
	{
		files: ['src/lib/math/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'svelte',
								'svelte/**',
								'*.svelte',
								'$app/**',
								'$lib/*',
								'!$lib/math',
								'$lib/*/**',
								'!$lib/math/**'
							],
							message: 'src/lib/math is pure TypeScript: no Svelte, no app code (only $lib/math).'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...domOnlyGlobals.map((name) => ({
					name,
					message: 'src/lib/math touches no DOM: pass values in instead.'
				}))
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] }
);
