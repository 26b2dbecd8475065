/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit: install precaches the whole built site (every prerendered page and its
 * data, the app's chunks including the lazily loaded GPT encodings, the static files), then serves
 * those from the cache first and leaves every other request to the network.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `llmp-${version}`;
// KaTeX ships each font as woff2, woff and ttf; every browser with service workers takes woff2.
const app = build.filter((file) => !/\.(woff|ttf)$/.test(file));
const PRECACHE = new Set([...app, ...files, ...prerendered]);

sw.addEventListener('install', (event) => {
	// Revalidated, not taken from the HTTP cache: an old page must not land in a new version's cache.
	const requests = [...PRECACHE].map((path) => new Request(path, { cache: 'no-cache' }));
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

sw.addEventListener('activate', (event) => {
	const deleteOld = caches
		.keys()
		.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))));
	// Take over the page of the first visit too, so that its next navigation works offline.
	event.waitUntil(deleteOld.then(() => sw.clients.claim()));
});

async function fromCache(path: string, request: Request): Promise<Response> {
	return (await caches.match(path, { cacheName: CACHE })) ?? fetch(request);
}

/** A page asked for as adapter-static writes it (`/page/`, `/page.html`, `/index.html`). */
function pageOf(pathname: string): string | undefined {
	const page = pathname.replace(/\/index\.html$|\.html$|\/$/, '') || '/';
	return page !== pathname && PRECACHE.has(page) ? page : undefined;
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	if (PRECACHE.has(url.pathname)) {
		event.respondWith(fromCache(url.pathname, request));
		return;
	}
	const page = request.mode === 'navigate' ? pageOf(url.pathname) : undefined;
	// Redirected, not answered in place: the page's asset paths are relative to its own URL.
	if (page) event.respondWith(Response.redirect(page + url.search, 301));
	// Anything else is not in the cache either: the browser fetches it as usual.
});
