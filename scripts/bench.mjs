// `npm run bench`: builds the site, serves it, and measures in headless Chromium:
//  - per page: first-load JavaScript (bytes, gzipped) and the time until the demo area is drawn;
//  - per registered interaction (bench/interactions/*.mjs): the main-thread work each input costs
//    on the way to its frame, and the input-to-next-frame latency, p50 and p95 (see frameProbe).
//  - per demo page, a first visit on a slow profile (scripts/slow-load.mjs): CDP network and CPU
//    throttling, navigation to the demo drawn;
//  - per demo page, Lighthouse's performance score with its mobile profile (scripts/lighthouse.mjs),
//    the build served gzipped (vite preview compresses) as a static host would.
// Prints a table, writes bench/results.json. A benchmark, not a test: it reports against the
// budgets and exits 0 either way.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { loadInteractions, openInteraction, playSteps } from './interactions.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { SLOW_PROFILE, slowLoad } from './slow-load.mjs';
import { printTabTraining, tabTraining } from './tab-training.mjs';

// BENCH_PORT serves elsewhere; BENCH_ONLY=<text>[,<text>…] measures only the pages and
// interactions whose path or name contains one of them, and skips the Node benchmarks (a quick
// check of one demo); BENCH_PARTS=<part>[,<part>…] runs only those parts of: pages,
// interactions, slow, training, lighthouse, node (default: all).
const PORT = Number(process.env.BENCH_PORT ?? 4317);
const ONLY = process.env.BENCH_ONLY?.split(',');
const picked = (...names) => !ONLY || ONLY.some((part) => names.some((n) => n.includes(part)));
const PARTS = process.env.BENCH_PARTS?.split(',') ?? [
	'pages',
	'interactions',
	'slow',
	'training',
	'lighthouse',
	'node'
];
const runs = (part) => PARTS.includes(part) && (part !== 'node' || !ONLY);
// BENCH_BASE=<url> measures a server already running instead of building and serving (the list
// of pages still comes from ./build): for comparing two builds.
const BASE = process.env.BENCH_BASE ?? `http://localhost:${PORT}`;
const BUDGET = { jsGzipKB: 100, p95Ms: 16, slowDrawnMs: 3000, lighthouse: 90 };
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
	let stylesheets = 0;
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'stylesheet') stylesheets++;
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
	// A demo may draw well after hydration (the attention demos wait for their word vectors).
	const drawnMs = await page
		.waitForFunction(() => performance.getEntriesByName('demo-ready')[0]?.startTime, null, {
			timeout: 30_000
		})
		.then((handle) => handle.jsonValue())
		.catch(() => null);
	await page.waitForLoadState('networkidle');
	await page.close();
	const jsGzipBytes = [...scripts.values()].reduce((a, b) => a + b, 0);
	return { path, jsGzipBytes, scripts: scripts.size, stylesheets, drawnMs };
}

/**
 * Resolves once the site's service worker is active, that is once it has precached the site:
 * precaching compiles every script on another thread, which on a 2-core machine would be
 * measured as the first interaction's cost.
 */
function precached(page) {
	return page.evaluate(() =>
		Promise.race([
			navigator.serviceWorker?.ready,
			new Promise((resolve) => setTimeout(resolve, 30_000))
		])
	);
}

async function measureInteraction(context, interaction) {
	const page = await openInteraction(context, BASE, interaction);
	await precached(page);
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

/** Every prerendered page of the build, and the question pages among them that show a demo. */
function builtPages() {
	const html = (dir) =>
		readdirSync(`build${dir}`).filter((f) => f.endsWith('.html') && f !== 'index.html');
	const path = (dir, f) => `${dir}/${f.slice(0, -'.html'.length)}`;
	// A question without a demo yet shows DemoArea's placeholder, marked data-demo-pending.
	const hasDemo = (f) => !/data-demo-pending/.test(readFileSync(`build/${f}`, 'utf8'));
	return {
		all: [
			'/',
			...html('').map((f) => path('', f)),
			...html('/embed').map((f) => path('/embed', f))
		],
		demos: html('')
			.filter(hasDemo)
			.map((f) => path('', f))
	};
}

if (!process.env.BENCH_BASE) {
	const build = spawnSync('npm', ['run', '-s', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = process.env.BENCH_BASE
	? null
	: spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
			stdio: 'ignore',
			detached: true
		});
const stopServer = () => {
	try {
		if (server) process.kill(-server.pid);
	} catch {
		// already gone
	}
};

const kb = (b) => (b / 1024).toFixed(1);
const mark = (ok) => (ok ? 'ok  ' : 'OVER');
const ms = (x) => (x === null || Number.isNaN(x) ? '-' : x.toFixed(0));

/**
 * Prints rows under a header: the first column padded to the left, the others to the right, each
 * row ending with its budget mark and then any `notes` lines it has.
 */
function printTable(columns, rows, withinBudget, notes = () => []) {
	const line = (cells) =>
		cells
			.map((cell, i) => (i === 0 ? cell.padEnd(columns[i].width) : cell.padStart(columns[i].width)))
			.join('');
	console.log(`${line(columns.map((c) => c.title))}  budget`);
	for (const row of rows) {
		console.log(`${line(columns.map((c) => c.value(row)))}  ${mark(withinBudget(row))}`);
		for (const note of notes(row)) console.log(`  (${note})`);
	}
}

const pathColumn = { title: 'page', width: 44, value: (row) => row.path };

function printPages(pages) {
	console.log(
		`\nFirst-load JavaScript (gzipped; budget ${BUDGET.jsGzipKB} KB), stylesheets, and time to demo drawn`
	);
	printTable(
		[
			pathColumn,
			{ title: 'JS KB', width: 8, value: (p) => kb(p.jsGzipBytes) },
			{ title: 'files', width: 7, value: (p) => String(p.scripts) },
			{ title: 'CSS', width: 5, value: (p) => String(p.stylesheets) },
			{ title: 'drawn ms', width: 10, value: (p) => ms(p.drawnMs) }
		],
		pages,
		(p) => p.jsGzipBytes / 1024 <= BUDGET.jsGzipKB
	);
	const worst = Math.max(...pages.map((p) => p.jsGzipBytes));
	console.log(`Largest first load: ${kb(worst)} KB gzipped.`);
}

function printInteractions(results) {
	console.log(
		`\nInteractions (${EVENTS} events each, after a warm-up of ${WARMUP}): main-thread work per event, ` +
			`from its handlers to its frame painted (budget p95 ≤ ${BUDGET.p95Ms} ms; the warm-up's p95 beside it), ` +
			'and the input-to-frame latency, ' +
			'which includes the wait for the next 60 Hz frame (see the baseline)'
	);
	if (results.length === 0)
		console.log('(no interactions registered yet: see bench/interactions/)');
	const f1 = (x) => x.toFixed(1).padStart(6);
	for (const r of results) {
		console.log(
			`${r.name.padEnd(60)} work p50 ${f1(r.workP50Ms)} p95 ${f1(r.workP95Ms)} ms  ` +
				`${mark(r.workP95Ms <= BUDGET.p95Ms)}  warm-up p95 ${f1(r.warmUpWorkP95Ms)}  ` +
				`latency p50 ${f1(r.p50Ms)} p95 ${f1(r.p95Ms)} ms  ` +
				`(${r.events} events)`
		);
	}
}

function printSlow(slow) {
	const { latencyMs, downloadBitsPerSecond: down, uploadBitsPerSecond: up } = SLOW_PROFILE;
	console.log(
		`\nFirst visit on a slow profile (${latencyMs} ms latency, ${down / 1e6} Mbps down, ` +
			`${up / 1e3} kbps up, CPU ${SLOW_PROFILE.cpuSlowdown}× slower; empty cache): ms from ` +
			`navigation to the first contentful paint and to the demo drawn (budget ${BUDGET.slowDrawnMs} ms), ` +
			'and the longest task and total blocking time before it'
	);
	printTable(
		[
			pathColumn,
			{ title: 'FCP', width: 7, value: (s) => ms(s.fcpMs) },
			{ title: 'drawn', width: 8, value: (s) => ms(s.drawnMs) },
			{ title: 'longest', width: 9, value: (s) => ms(s.longestTaskMs) },
			{ title: 'TBT', width: 7, value: (s) => ms(s.blockingMs) }
		],
		slow,
		(s) => s.drawnMs <= BUDGET.slowDrawnMs
	);
}

function printLighthouse(scores) {
	console.log(
		`\nLighthouse ${scores[0].version} performance, mobile profile (simulated slow 4G, CPU 4× slower; ` +
			`budget ≥ ${BUDGET.lighthouse}): score, FCP, LCP, total blocking time (ms), CLS`
	);
	printTable(
		[
			pathColumn,
			{ title: 'score', width: 6, value: (s) => String(s.performance) },
			{ title: 'FCP', width: 7, value: (s) => ms(s.fcpMs) },
			{ title: 'LCP', width: 7, value: (s) => ms(s.lcpMs) },
			{ title: 'TBT', width: 7, value: (s) => ms(s.tbtMs) },
			{ title: 'CLS', width: 7, value: (s) => s.cls.toFixed(3) }
		],
		scores,
		(s) => s.performance >= BUDGET.lighthouse,
		(s) => s.warnings
	);
}

try {
	await waitForServer(BASE);
	const options = chromiumLaunchOptions(['--disable-gpu-vsync', '--disable-frame-rate-limit']);
	if (!options) throw new Error('No Chromium found: run `npm test` once, or set CHROMIUM_PATH.');
	const browser = await chromium.launch(options);
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.addInitScript(frameProbe);

	const built = builtPages();
	const pages = [];
	if (runs('pages'))
		for (const path of built.all.filter((p) => picked(p)))
			pages.push(await measurePage(context, path));
	const results = [];
	if (runs('interactions'))
		for (const interaction of await loadInteractions((i) => picked(i.name, i.path)))
			results.push(await measureInteraction(context, interaction));
	const demoPages = built.demos.filter((p) => picked(p));
	const slow = [];
	if (runs('slow'))
		for (const path of demoPages) slow.push({ path, ...(await slowLoad(browser, BASE + path)) });
	const training =
		runs('training') && picked('/what-is-an-llm', '/seq2seq')
			? await tabTraining(context, BASE)
			: null;
	await browser.close();
	const scores = runs('lighthouse')
		? (await lighthouseScores(demoPages.map((p) => BASE + p))).map((s, i) => ({
				path: demoPages[i],
				...s
			}))
		: [];

	if (pages.length) printPages(pages);
	if (runs('interactions')) printInteractions(results);
	if (slow.length) printSlow(slow);
	if (training) printTabTraining(training);
	if (scores.length) printLighthouse(scores);
	const node = runs('node') ? runNodeBenchmarks() : { figures: [], table: [] };
	if (runs('node')) console.log('\nNode benchmarks (bench/node):');
	for (const line of node.table) console.log(line);
	writeFileSync(
		'bench/results.json',
		JSON.stringify(
			{
				date: new Date().toISOString(),
				budgets: BUDGET,
				slowProfile: SLOW_PROFILE,
				pages,
				interactions: results,
				slowLoads: slow,
				tabTraining: training,
				lighthouse: scores.map(({ url: _url, ...s }) => s),
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
