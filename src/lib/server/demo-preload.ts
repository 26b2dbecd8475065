/** The part of Vite's build manifest (`.vite/manifest.json`) that says which chunk imports which. */
export type ChunkManifest = Record<string, { file: string; imports?: string[] }>;

/**
 * The files a demo's dynamic import fetches: its entry chunk and every chunk it imports
 * statically, transitively. Listed as modulepreload links in a page's HTML, they download beside
 * the app's own chunks instead of after the app has started and asked for the demo.
 */
export function demoChunkFiles(manifest: ChunkManifest, demoId: string): string[] {
	const files: string[] = [];
	const seen = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || seen.has(key)) return;
		seen.add(key);
		files.push(chunk.file);
		chunk.imports?.forEach(visit);
	};
	visit(`src/lib/demos/${demoId}/index.ts`);
	return files;
}

/** `<link rel="modulepreload">` for each file, relative to a page at `pathname` (as SvelteKit writes its own). */
export function modulePreloadLinks(files: string[], pathname: string): string {
	const depth = pathname.split('/').length - 2;
	const prefix = depth > 0 ? '../'.repeat(depth) : './';
	return files
		.map((file) => `<link href="${prefix}${file}" rel="modulepreload" fetchpriority="low">`)
		.join('');
}
