// `npm run bench`: builds the site, serves it, and measures in headless Chromium:
//  - per page: first-load JavaScript (bytes, gzipped) and the time until the demo area is drawn;
//  - per registered interaction (bench/interactions/*.mjs): the main-thread work each input costs
//    on the way to its frame, and the input-to-next-frame latency, p50 and p95 (see frameProbe).
// Prints a table, writes bench/results.json. A benchmark, not a test: it reports against the
// budgets and exits 0 either way.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { loadInteractions, openInteraction, playSteps } from './interactions.mjs';

// BENCH_PORT serves elsewhere; BENCH_ONLY=<text>[,<text>…] measures only the pages and
// interactions whose path or name contains one of them, and skips the Node benchmarks (a quick
// check of one demo).
const PORT = Number(process.env.BENCH_PORT ?? 4317);
const ONLY = process.env.BENCH_ONLY?.split(',');
const picked = (...names) => !ONLY || ONLY.some((part) => names.some((n) => n.includes(part)));
const BASE = `http://localhost:${PORT}`;
const BUDGET = { jsGzipKB: 100, p95Ms: 16 };
const EVENTS = Number(process.env.BENCH_EVENTS ?? 120);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 60);

const percentile = (xs, p) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

async function waitForServer(url, ms = 30_000) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server at ${url} did not start`);
}

/**
 * Installed before any page script. For each input event (one at a time) it records two figures:
 *  - latency: the event's timestamp to the end of the next painted frame. Headless Chromium paints
 *    at 60 Hz and an event often waits for the next frame, so this has a floor of most of a frame
 *    even on a page with nothing to redraw (bench/interactions/baseline.mjs);
 *  - work: the main-thread time the event costs on the way to that frame: from the first listener
 *    to the end of the last one that ran before the frame (each listener's end is taken after the
 *    microtasks it queued, so Svelte's flush is in it; the events the input causes, such as a
 *    radio's click and change after a key, are in it too), plus the frame's rendering (animation
 *    frame callbacks, style, layout, paint). This is what has to fit into a 16 ms frame, and the
 *    figure the budget applies to. The wait for the frame is not in it. Chromium runs ordinary
 *    tasks after the frame that follows an input, so the end of the handling cannot be taken as
 *    the start of the next task: it would include that wait.
 */
function frameProbe() {
	const samples = [];
	let pending = false;
	let lastHandled = 0;
	const handled = () => (lastHandled = performance.now());
	// Every listener the page adds reports when it (and the microtasks it queued) finished.
	const wrappers = new WeakMap();
	const wrap = (listener) => {
		if (typeof listener !== 'function' && typeof listener?.handleEvent !== 'function')
			return listener;
		let wrapper = wrappers.get(listener);
		if (!wrapper) {
			wrapper = function (event) {
				try {
					return typeof listener === 'function'
						? listener.call(this, event)
						: listener.handleEvent(event);
				} finally {
					queueMicrotask(handled); // after the microtasks the listener queued
				}
			};
			wrappers.set(listener, wrapper);
		}
		return wrapper;
	};
	const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
	EventTarget.prototype.addEventListener = function (type, listener, options) {
		return add.call(this, type, wrap(listener), options);
	};
	EventTarget.prototype.removeEventListener = function (type, listener, options) {
		return remove.call(this, type, wrappers.get(listener) ?? listener, options);
	};

	const onInput = (event) => {
		if (!event.isTrusted || pending) return;
		pending = true;
		const processingStart = performance.now();
		lastHandled = processingStart;
		requestAnimationFrame(() => {
			const renderStart = performance.now();
			const processing = lastHandled - processingStart;
			// A message posted from a frame callback runs after that frame is rendered.
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				const end = performance.now();
				samples.push({
					latency: end - event.timeStamp,
					work: processing + (end - renderStart)
				});
				pending = false;
			};
			channel.port2.postMessage(0);
		});
	};
	for (const type of ['pointermove', 'pointerdown', 'keydown', 'input', 'wheel']) {
		add.call(window, type, onInput, { capture: true, passive: true });
	}
	globalThis.__benchSamples = samples;
}

/**
 * Resolves once the page has nothing left to do (two idle periods in a row with nearly the whole
 * 50 ms to spare), or after 5 s of trying (a page that animates is never that idle). Demos finish
 * work they deferred to idle time (precomputing the heads not shown yet) before their
 * interactions are measured, as they would while a reader reads.
 */
function settled(page) {
	return page.evaluate(
		() =>
			new Promise((resolve) => {
				const giveUp = performance.now() + 5000;
				let calm = 0;
				const check = (deadline) => {
					calm = deadline.timeRemaining() > 45 ? calm + 1 : 0;
					if (calm >= 2 || performance.now() > giveUp) resolve();
					else requestIdleCallback(check, { timeout: 100 });
				};
				requestIdleCallback(check, { timeout: 100 });
			})
	);
}

async function measurePage(context, path) {
	const page = await context.newPage();
	const scripts = new Map();
	page.on('response', async (response) => {
		const url = response.url();
		if (response.request().resourceType() !== 'script' && !url.endsWith('.js')) return;
		try {
			scripts.set(url, gzipSync(await response.body()).length);
		} catch {
			// A response without a body (redirect): nothing to count.
		}
	});
	const errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(BASE + path, { waitUntil: 'load' });
	try {
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	} catch (error) {
		throw new Error(`${path} did not hydrate: ${errors.join('; ') || error.message}`, {
			cause: error
		});
	}
	const drawnMs = await page.evaluate(
		() => performance.getEntriesByName('demo-ready')[0]?.startTime ?? null
	);
	await page.waitForLoadState('networkidle');
	await page.close();
	const jsGzipBytes = [...scripts.values()].reduce((a, b) => a + b, 0);
	return { path, jsGzipBytes, scripts: scripts.size, drawnMs };
}

async function measureInteraction(context, interaction) {
	const page = await openInteraction(context, BASE, interaction);
	await settled(page);
	const run = (count) => playSteps(page, interaction, count);
	// A warm-up pass, reported apart: the first events also pay for compiling and optimising code
	// and for drawing things the first time, which a reader pays once; the budget is about the
	// steady state after it.
	await run(WARMUP);
	const cold = await page.evaluate(() => globalThis.__benchSamples.splice(0));
	await run(EVENTS);
	await interaction.teardown?.(page);
	const samples = await page.evaluate(() => [...globalThis.__benchSamples]);
	await page.close();
	const latencies = samples.map((s) => s.latency);
	const work = samples.map((s) => s.work);
	return {
		name: interaction.name,
		path: interaction.path,
		events: samples.length,
		p50Ms: percentile(latencies, 50),
		p95Ms: percentile(latencies, 95),
		workP50Ms: percentile(work, 50),
		workP95Ms: percentile(work, 95),
		warmUpWorkP95Ms: percentile(
			cold.map((s) => s.work),
			95
		)
	};
}

/** The Node benchmarks (bench/node/*.bench.ts, e.g. BPE training against the naive trainer). */
function runNodeBenchmarks() {
	const run = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.bench.config.ts'], {
		encoding: 'utf8'
	});
	const out = `${run.stdout}${run.stderr}`;
	const figures = [...out.matchAll(/BENCH_JSON (.*)/g)].map((m) => JSON.parse(m[1]));
	const table = out
		.split('\n')
		.filter((line) => !line.includes('BENCH_JSON') && /\d\s*(ms|s)\b|×/.test(line));
	return { figures, table };
}

const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
const stopServer = () => {
	try {
		process.kill(-server.pid);
	} catch {
		// already gone
	}
};

try {
	await waitForServer(BASE);
	const options = chromiumLaunchOptions(['--disable-gpu-vsync', '--disable-frame-rate-limit']);
	if (!options) throw new Error('No Chromium found: run `npm test` once, or set CHROMIUM_PATH.');
	const browser = await chromium.launch(options);
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(frameProbe);

	// Every prerendered page of the build.
	const pagesIn = (dir) =>
		readdirSync(`build${dir}`)
			.filter((f) => f.endsWith('.html') && f !== 'index.html')
			.map((f) => `${dir}/${f.slice(0, -'.html'.length)}`);
	const paths = ['/', ...pagesIn(''), ...pagesIn('/embed')].filter((path) => picked(path));
	const pages = [];
	for (const path of paths) pages.push(await measurePage(context, path));
	const results = [];
	for (const interaction of await loadInteractions((i) => picked(i.name, i.path)))
		results.push(await measureInteraction(context, interaction));
	await browser.close();

	const kb = (b) => (b / 1024).toFixed(1);
	const mark = (ok) => (ok ? 'ok  ' : 'OVER');
	console.log(
		`\nFirst-load JavaScript (gzipped; budget ${BUDGET.jsGzipKB} KB) and time to demo drawn`
	);
	console.log(
		'page'.padEnd(44) +
			'JS KB'.padStart(8) +
			'files'.padStart(7) +
			'drawn ms'.padStart(10) +
			'  budget'
	);
	for (const p of pages) {
		const ok = p.jsGzipBytes / 1024 <= BUDGET.jsGzipKB;
		const drawn = p.drawnMs === null ? '-' : p.drawnMs.toFixed(0);
		console.log(
			p.path.padEnd(44) +
				kb(p.jsGzipBytes).padStart(8) +
				String(p.scripts).padStart(7) +
				drawn.padStart(10) +
				'  ' +
				mark(ok)
		);
	}
	console.log(
		`\nInteractions (${EVENTS} events each, after a warm-up of ${WARMUP}): main-thread work per event, ` +
			`from its handlers to its frame painted (budget p95 ≤ ${BUDGET.p95Ms} ms; the warm-up's p95 beside it), ` +
			'and the input-to-frame latency, ' +
			'which includes the wait for the next 60 Hz frame (see the baseline)'
	);
	if (results.length === 0)
		console.log('(no interactions registered yet: see bench/interactions/)');
	const ms = (x) => x.toFixed(1).padStart(6);
	for (const r of results) {
		console.log(
			`${r.name.padEnd(60)} work p50 ${ms(r.workP50Ms)} p95 ${ms(r.workP95Ms)} ms  ` +
				`${mark(r.workP95Ms <= BUDGET.p95Ms)}  warm-up p95 ${ms(r.warmUpWorkP95Ms)}  ` +
				`latency p50 ${ms(r.p50Ms)} p95 ${ms(r.p95Ms)} ms  ` +
				`(${r.events} events)`
		);
	}
	if (pages.length) {
		const worst = Math.max(...pages.map((p) => p.jsGzipBytes));
		console.log(`\nLargest first load: ${kb(worst)} KB gzipped.`);
	}
	const node = ONLY ? { figures: [], table: [] } : runNodeBenchmarks();
	if (!ONLY) console.log('\nNode benchmarks (bench/node):');
	for (const line of node.table) console.log(line);
	writeFileSync(
		'bench/results.json',
		JSON.stringify(
			{
				date: new Date().toISOString(),
				budgets: BUDGET,
				pages,
				interactions: results,
				node: node.figures
			},
			null,
			'\t'
		)
	);
	console.log('Wrote bench/results.json');
} finally {
	stopServer();
}
