// The browser for tests and the benchmark: $CHROMIUM_PATH, then Debian's Chromium, then
// Playwright's own download on machines that have one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const ARGS = [
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

function playwrightHasOwnBrowser() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

/** Launch options for Chromium, or null when this machine has none. */
export function chromiumLaunchOptions(extraArgs = []) {
	const args = [...ARGS, ...extraArgs];
	const path = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
		(p) => p && existsSync(p)
	);
	if (path) return { executablePath: path, args };
	return playwrightHasOwnBrowser() ? { args } : null;
}
