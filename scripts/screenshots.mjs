// Screenshots for looking at pages: node scripts/screenshots.mjs [baseURL] [path ...]
// Writes screenshots/<page>-<width>-<theme>-<lang>.png for desktop and phone, light and dark, en and zh.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const [base = 'http://localhost:4173', ...args] = process.argv.slice(2);
const paths = args.length ? args : ['/', '/temperature', '/softmax'];
const widths = [1280, 390];
mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions() ?? {});
for (const width of widths) {
	for (const theme of ['light', 'dark']) {
		for (const lang of ['en', 'zh']) {
			const context = await browser.newContext({
				viewport: { width, height: width > 600 ? 900 : 844 },
				colorScheme: theme,
				deviceScaleFactor: 1
			});
			await context.addInitScript((l) => localStorage.setItem('llmp.lang', l), lang);
			const page = await context.newPage();
			for (const path of paths) {
				await page.goto(base + path);
				await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
				// A page with a demo area waits until its demo says it has drawn.
				if (await page.locator('.demo-area').count()) {
					await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
				}
				await page.waitForTimeout(300);
				const name =
					(path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'index') +
					`-${width}-${theme}-${lang}`;
				await page.screenshot({
					path: `screenshots/${name}.png`,
					fullPage: process.env.FULL === '1'
				});
				console.log(`screenshots/${name}.png`);
			}
			await context.close();
		}
	}
}
await browser.close();
