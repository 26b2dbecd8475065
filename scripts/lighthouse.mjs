// Lighthouse's performance audit with its default mobile profile (simulated slow 4G and a 4×
// slower CPU), in a Chromium of our own. Used by `npm run bench`.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from './chromium.mjs';

/** Starts headless Chromium with a DevTools port of its choosing; resolves to that port. */
function startChromium(profileDir) {
	const options = chromiumLaunchOptions();
	if (!options) throw new Error('No Chromium found: set CHROMIUM_PATH.');
	const path = options.executablePath ?? chromium.executablePath();
	const args = [
		...options.args,
		'--headless=new',
		'--no-sandbox',
		'--remote-debugging-port=0',
		`--user-data-dir=${profileDir}`,
		'about:blank'
	];
	const child = spawn(path, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	const port = new Promise((resolve, reject) => {
		let err = '';
		child.stderr.on('data', (data) => {
			err += data;
			const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
			if (match) resolve(Number(match[1]));
		});
		child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${err}`)));
	});
	return { child, port };
}

/**
 * The performance score (0–100) and its main metrics (ms; CLS unitless) for each URL, one
 * Lighthouse run each.
 */
export async function lighthouseScores(urls) {
	const profileDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
	const { child, port } = startChromium(profileDir);
	try {
		const results = [];
		for (const url of urls) {
			const { lhr } = await lighthouse(url, {
				port: await port,
				logLevel: 'error',
				output: 'json',
				onlyCategories: ['performance']
			});
			const metric = (id) => lhr.audits[id]?.numericValue ?? NaN;
			results.push({
				url,
				version: lhr.lighthouseVersion,
				performance: Math.round((lhr.categories.performance.score ?? NaN) * 100),
				fcpMs: metric('first-contentful-paint'),
				lcpMs: metric('largest-contentful-paint'),
				tbtMs: metric('total-blocking-time'),
				cls: metric('cumulative-layout-shift'),
				renderBlockingMs:
					lhr.audits['render-blocking-resources']?.metricSavings?.FCP ??
					lhr.audits['render-blocking-resources']?.numericValue ??
					NaN,
				warnings: lhr.runWarnings
			});
		}
		return results;
	} finally {
		// Chromium writes its profile until it has exited; a profile left behind in /tmp is not
		// worth losing the scores over.
		const exited =
			child.exitCode !== null || child.signalCode !== null ? null : once(child, 'exit');
		child.kill();
		await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
		try {
			rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
		} catch (error) {
			console.warn(`Could not remove Lighthouse's Chromium profile ${profileDir}: ${error}`);
		}
	}
}
