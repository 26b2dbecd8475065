// The web app manifest's PNG icons, drawn once from static/favicon.svg: node scripts/icons.mjs
// Writes static/icon-192.png, static/icon-512.png and static/icon-maskable-512.png (commit them).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';

const svg = readFileSync('static/favicon.svg', 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
// The favicon's own background colour. A maskable icon may be cut to any shape down to the
// central circle of 80% diameter, so its picture shrinks onto a full square of that colour.
const BACKGROUND = svg.match(/fill="(#[0-9a-f]{6})"/i)[1];

const icons = [
	{ file: 'icon-192.png', size: 192, maskable: false },
	{ file: 'icon-512.png', size: 512, maskable: false },
	{ file: 'icon-maskable-512.png', size: 512, maskable: true }
];

const browser = await chromium.launch(chromiumLaunchOptions() ?? {});
for (const { file, size, maskable } of icons) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const picture = maskable ? Math.round(size * 0.8) : size;
	await page.setContent(
		`<body style="margin:0;display:grid;place-items:center;height:100vh;background:${maskable ? BACKGROUND : 'transparent'}">` +
			`<img src="${src}" width="${picture}" height="${picture}"></body>`
	);
	await page.locator('img').evaluate((img) => img.decode());
	await page.screenshot({ path: `static/${file}`, omitBackground: !maskable });
	await page.close();
	console.log(`static/${file}`);
}
await browser.close();
