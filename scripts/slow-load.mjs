// A first visit on a classroom laptop on school Wi-Fi: Chromium's network and CPU throttling
// (through CDP) while a page loads from an empty cache. Used by `npm run bench`.

/** Slow 4G as the issue measured it: 150 ms round trip, 1.6 Mbps down, 750 kbps up; CPU 4× slower. */
export const SLOW_PROFILE = {
	latencyMs: 150,
	downloadBitsPerSecond: 1.6e6,
	uploadBitsPerSecond: 750e3,
	cpuSlowdown: 4
};

/** Installed before any page script: every long task (> 50 ms) of the main thread. */
function longTaskProbe() {
	const tasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
	}).observe({ type: 'longtask', buffered: true });
	globalThis.__benchLongTasks = tasks;
}

/**
 * Loads `url` in a fresh context (empty cache, no service worker) under SLOW_PROFILE and returns,
 * in ms from navigation start: the first contentful paint (the answer text is in the prerendered
 * HTML, so this is when it can be read), when the demo was drawn (the `demo-ready` mark), and the
 * main thread's longest task and total blocking time (the part of each task over 50 ms) until then:
 * while a task runs, the text can be read but not scrolled or selected.
 */
export async function slowLoad(browser, url) {
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		serviceWorkers: 'block'
	});
	await context.addInitScript(longTaskProbe);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: SLOW_PROFILE.latencyMs,
		downloadThroughput: SLOW_PROFILE.downloadBitsPerSecond / 8,
		uploadThroughput: SLOW_PROFILE.uploadBitsPerSecond / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PROFILE.cpuSlowdown });
	try {
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction(() => performance.getEntriesByName('demo-ready').length > 0, null, {
			timeout: 60_000,
			polling: 50
		});
		return await page.evaluate(() => {
			const drawnMs = performance.getEntriesByName('demo-ready')[0].startTime;
			const fcpMs = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
			const before = globalThis.__benchLongTasks.filter(([start]) => start < drawnMs);
			return {
				fcpMs,
				drawnMs,
				longestTaskMs: Math.max(0, ...before.map(([, d]) => d)),
				blockingMs: before.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0)
			};
		});
	} finally {
		await context.close();
	}
}
