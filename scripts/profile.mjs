// `node scripts/profile.mjs <text> [base]`: runs the bench interactions whose name contains
// <text> against a running server (default: the dev server on 5173) and prints where the
// main thread's time goes: rendering phases from a trace, and the functions with the most self
// time from a sampling profile. For finding what to speed up; `npm run bench` gives the figures.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { loadInteractions, openInteraction, playSteps } from './interactions.mjs';

const [match = '', base = 'http://localhost:5173'] = process.argv.slice(2);
const EVENTS = Number(process.env.PROFILE_EVENTS ?? 60);
const TOP = 25;

const interactions = await loadInteractions((i) => i.name.includes(match));
if (interactions.length === 0) throw new Error(`no interaction matches "${match}"`);

const browser = await chromium.launch(chromiumLaunchOptions());
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });

/** Self time per function (ms) from a V8 CPU profile. */
function selfTimes(profile) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const totals = new Map();
	profile.samples.forEach((id, i) => {
		const { callFrame: f } = byId.get(id);
		const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
		totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
	});
	return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * Total wall time and thread (CPU) time (ms) of the renderer main thread's trace events, by
 * name. On a busy machine the wall time swells with waiting; the thread time is what the page's
 * own work cost, so it is the figure to compare two versions by there.
 */
function phases(trace) {
	const events = JSON.parse(trace.toString()).traceEvents;
	const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
	const totals = new Map();
	for (const e of events) {
		if (e.ph !== 'X' || !main || e.pid !== main.pid || e.tid !== main.tid || !e.dur) continue;
		const [wall, cpu] = totals.get(e.name) ?? [0, 0];
		totals.set(e.name, [wall + e.dur / 1000, cpu + (e.tdur ?? 0) / 1000]);
	}
	return [...totals].sort((a, b) => b[1][0] - a[1][0]);
}

for (const interaction of interactions) {
	const page = await openInteraction(context, base, interaction);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	await browser.startTracing(page, { categories: ['devtools.timeline'] });
	await cdp.send('Profiler.start');
	await playSteps(page, interaction, EVENTS);
	const { profile } = await cdp.send('Profiler.stop');
	const trace = await browser.stopTracing();
	await interaction.teardown?.(page);
	await page.close();

	const per = (ms) => `${(ms / EVENTS).toFixed(2).padStart(7)} ms/event`;
	console.log(`\n${interaction.name} (${EVENTS} events)`);
	console.log('main thread, by trace event (nested events overlap their parents), wall and CPU:');
	for (const [name, [wall, cpu]] of phases(trace).slice(0, 14))
		console.log(`  ${per(wall)}  ${per(cpu)}  ${name}`);
	console.log('functions by self time:');
	for (const [name, ms] of selfTimes(profile).slice(0, TOP)) console.log(`  ${per(ms)}  ${name}`);
}
await browser.close();
