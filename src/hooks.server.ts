import type { Handle } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { building } from '$app/environment';
import { questions } from '$lib/content/registry';
import { demoChunkFiles, modulePreloadLinks, type ChunkManifest } from '$lib/server/demo-preload';

// Written by the client build, which SvelteKit finishes before it prerenders.
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';
let manifest: ChunkManifest | undefined;
const LAST_PRELOAD = 'rel="modulepreload">';

/** The demo shown at a question page or its embed (`/<slug>`, `/embed/<slug>`). */
function demoAt(pathname: string) {
	const slug = pathname.split('/').pop();
	return questions.find((q) => q.slug === slug)?.demo;
}

/**
 * Prerendered question pages and embeds name their demo's chunks in the head, so a first visit
 * fetches them beside the app's own instead of one round of requests later, once the app has
 * started and asked for the demo.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const demo = building ? demoAt(event.url.pathname) : undefined;
	if (!demo) return resolve(event);
	manifest ??= JSON.parse(readFileSync(MANIFEST, 'utf8')) as ChunkManifest;
	const files = demoChunkFiles(manifest, demo.id);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const links = modulePreloadLinks(
				files.filter((file) => !html.includes(file)),
				event.url.pathname
			);
			// Right after SvelteKit's own: before the head's blocking script, which would hold them back.
			const last = html.lastIndexOf(LAST_PRELOAD);
			const at = last < 0 ? html.indexOf('</head>') : last + LAST_PRELOAD.length;
			return html.slice(0, at) + links + html.slice(at);
		}
	});
};
