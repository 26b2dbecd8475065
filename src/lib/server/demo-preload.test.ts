import { describe, expect, it } from 'vitest';
import { demoChunkFiles, modulePreloadLinks, type ChunkManifest } from './demo-preload';

const manifest: ChunkManifest = {
	'src/lib/demos/softmax/index.ts': {
		file: '_app/immutable/chunks/S.js',
		imports: ['_a.js', '_b.js']
	},
	'_a.js': { file: '_app/immutable/chunks/a.js', imports: ['_c.js'] },
	'_b.js': { file: '_app/immutable/chunks/b.js', imports: ['_c.js', '_a.js'] },
	'_c.js': { file: '_app/immutable/chunks/c.js' }
};

describe('demoChunkFiles', () => {
	it('lists the entry and every chunk it imports, transitively, each once', () => {
		expect(demoChunkFiles(manifest, 'softmax')).toEqual([
			'_app/immutable/chunks/S.js',
			'_app/immutable/chunks/a.js',
			'_app/immutable/chunks/c.js',
			'_app/immutable/chunks/b.js'
		]);
	});
	it('lists nothing for a demo the build does not hold', () => {
		expect(demoChunkFiles(manifest, 'not-built')).toEqual([]);
	});
});

describe('modulePreloadLinks', () => {
	it('writes paths relative to the page, as SvelteKit does', () => {
		expect(modulePreloadLinks(['_app/x.js'], '/softmax')).toBe(
			'<link href="./_app/x.js" rel="modulepreload" fetchpriority="low">'
		);
		expect(modulePreloadLinks(['_app/x.js', '_app/y.js'], '/embed/softmax')).toBe(
			'<link href="../_app/x.js" rel="modulepreload" fetchpriority="low">' +
				'<link href="../_app/y.js" rel="modulepreload" fetchpriority="low">'
		);
	});
});
