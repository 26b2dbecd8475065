import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import path from 'node:path';

// The page chrome: its components' CSS goes into stylesheets, shared and cached by every page.
const CHROME = ['src/routes/', 'src/lib/components/layout/'].map(
	(dir) => path.resolve(dir) + path.sep
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	vitePlugin: {
		// Everything else is what demos are made of, and a demo is a dynamic import: SvelteKit puts
		// the stylesheets of a page's dynamic imports into its HTML, so every question page would load
		// the CSS of all 50 demos, render-blocking. Compiled with injected CSS, a component's styles
		// travel in its JS; prerendering writes only the rendered demo's <style> into the page, and
		// Svelte skips a style already there when it hydrates (allowed by 'unsafe-inline' below).
		dynamicCompileOptions: ({ filename }) =>
			CHROME.some((dir) => path.resolve(filename).startsWith(dir)) ? undefined : { css: 'injected' }
	},
	kit: {
		adapter: adapter({ strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by the site's pages only (src/routes/(site)/+layout.svelte): a blog post's
		// readers should not download the whole site for one embedded demo.
		serviceWorker: { register: false },
		// Everything comes from the site itself. Prerendered pages carry this policy in a <meta>
		// tag, with the hashes of SvelteKit's inline bootstrapping script added to script-src
		// ('hash' mode: a static page cannot have a fresh nonce). frame-ancestors is left out on
		// purpose: embeds in any blog are the point, and a <meta> policy ignores it anyway.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte's style: directives and KaTeX's markup set inline style attributes.
				'style-src': ['self', 'unsafe-inline'],
				// PNG export draws the chart's SVG through a blob: URL.
				'img-src': ['self', 'data:', 'blob:'],
				// Vite inlines fonts under 4 KB (one of KaTeX's) as data: URLs in the CSS.
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				// The tokenizer's training worker and the service worker.
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
