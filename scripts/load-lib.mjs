// Imports a TypeScript module of src/lib in Node, through Vite, as the browser build reads it: the
// training scripts and the test that compares Node's training with the browser worker's use it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `path` is relative to src/lib, e.g. 'engines/gpt/index.ts'. */
export async function loadLib(path) {
	// Vite wants SvelteKit's generated tsconfig.
	if (!existsSync(`${root}.svelte-kit/tsconfig.json`)) {
		spawnSync('npx', ['svelte-kit', 'sync'], { cwd: root, stdio: 'inherit' });
	}
	const { module } = await runnerImport(`${root}src/lib/${path}`, {
		configFile: false,
		root,
		resolve: { alias: { $lib: `${root}src/lib` } },
		logLevel: 'error'
	});
	return module;
}
