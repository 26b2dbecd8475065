import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

// PW_DEV_PORT runs the tests against a dev server on that port instead of a fresh build:
// quicker while working, and several people can test at once without sharing build/.
// PW_PORT moves the preview server of a full run off 4173, for the same reason.
const DEV_PORT = process.env.PW_DEV_PORT ? Number(process.env.PW_DEV_PORT) : undefined;
const PORT = DEV_PORT ?? (process.env.PW_PORT ? Number(process.env.PW_PORT) : 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	tsconfig: './tests/e2e/tsconfig.json',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	// On CI, a broken browser or server fails the run in minutes, not after every test's timeout.
	maxFailures: process.env.CI ? 10 : undefined,
	globalTimeout: process.env.CI ? 45 * 60_000 : undefined,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions() ?? {},
		// Precaching the whole site would slow every test; tests/e2e/offline.spec.ts allows it.
		serviceWorkers: 'block'
	},
	webServer: {
		command: DEV_PORT
			? `npx vite dev --port ${PORT} --strictPort`
			: `npm run build && npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000
	}
});
