import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { test as base, expect, type Frame, type Page } from '@playwright/test';
import { SW_BLOCKED } from './fixtures';

/**
 * The example blog post (examples/blog-post.html), served from another origin than the
 * playground, as a reader's browser would see it: three framed demos that load, fit their
 * content through /embed.js, and log nothing.
 */
const EXAMPLE = readFileSync(new URL('../../examples/blog-post.html', import.meta.url), 'utf8');
const PLACEHOLDER = 'https://llm-playground.example';

/**
 * Three frames stacked as in issue 19: the first is tall, so the other two start below the fold,
 * where Chromium does not render a cross-origin frame until the reader scrolls to it.
 */
const STACKED = `<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<title>Stacked embeds</title>
		<style>body { margin: 0 } iframe { display: block; width: 100%; border: 0 }</style>
	</head>
	<body>
		<iframe src="${PLACEHOLDER}/embed/temperature" title="temperature" height="1200" loading="lazy"></iframe>
		<iframe src="${PLACEHOLDER}/embed/top-k-top-p" title="top-k and top-p" loading="lazy"></iframe>
		<iframe src="${PLACEHOLDER}/embed/beam-search" title="beam search" loading="lazy"></iframe>
		<script src="${PLACEHOLDER}/embed.js" async></script>
	</body>
</html>`;

type Host = { url: string; withScript: boolean };

function serve(html: string): Promise<Server> {
	const server = createServer((req, res) => {
		res.writeHead(req.url === '/' ? 200 : 204, { 'content-type': 'text/html; charset=utf-8' });
		res.end(req.url === '/' ? html : '');
	});
	return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const test = base.extend<{
	problems: string[];
	host: (withScript: boolean, page?: string) => Promise<Host>;
}>({
	problems: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			page.on('console', (msg) => {
				const fault = msg.type() === 'error' || msg.type() === 'warning';
				if (fault && msg.text() !== SW_BLOCKED) problems.push(msg.text());
			});
			page.on('pageerror', (err) => problems.push(err.message));
			page.on('request', (req) => {
				const origin = new URL(req.url()).origin;
				if (origin !== new URL(baseURL!).origin && !origin.startsWith('http://127.0.0.1:')) {
					problems.push(`request to ${req.url()}`);
				}
			});
			await use(problems);
			expect(problems).toEqual([]);
		},
		{ auto: true }
	],
	host: async ({ baseURL }, use) => {
		const servers: Server[] = [];
		await use(async (withScript, page = EXAMPLE) => {
			let html = page.replaceAll(PLACEHOLDER, new URL(baseURL!).origin);
			if (!withScript) html = html.replace(/<script src="[^"]*embed\.js"[^>]*><\/script>/, '');
			const server = await serve(html);
			servers.push(server);
			return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, withScript };
		});
		for (const server of servers) server.close();
	}
});

/** Each playground frame, scrolled into view (they load lazily) and drawn. */
async function frames(page: Page): Promise<Frame[]> {
	const iframes = page.locator('iframe');
	await expect(iframes).toHaveCount(3);
	const out: Frame[] = [];
	for (let i = 0; i < 3; i++) {
		await iframes.nth(i).scrollIntoViewIfNeeded();
		const frame = await (await iframes.nth(i).elementHandle())!.contentFrame();
		await frame!.locator('[data-demo-ready]').waitFor();
		out.push(frame!);
	}
	return out;
}

/** The frame's content height as the embed page measures it. */
const contentHeight = (frame: Frame) =>
	frame.evaluate(() =>
		Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + scrollY)
	);

test('the example post frames three demos that resize to their content', async ({ page, host }) => {
	const { url } = await host(true);
	await page.goto(url);
	const [temperature, topk, beam] = await frames(page);
	for (const [i, frame] of [temperature, topk, beam].entries()) {
		const iframe = page.locator('iframe').nth(i);
		await expect
			.poll(async () => {
				const box = (await iframe.boundingBox())!;
				return Math.abs(box.height - (await contentHeight(frame)));
			})
			.toBeLessThanOrEqual(1);
		expect((await iframe.boundingBox())!.height).not.toBe(600);
	}
	// The snippets' options reach the demos: hidden seed, locked k, Chinese.
	await expect(temperature.locator('[data-param="seed"]')).toHaveCount(0);
	await expect(temperature.locator('[data-param="t"]')).toHaveCount(1);
	await expect(topk.locator('[data-param="k"] input').first()).toBeDisabled();
	await expect(beam.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

/** The stacked page's frames once drawn, checked to fit their content without any scrolling. */
async function fittedStack(page: Page): Promise<Frame[]> {
	const iframes = page.locator('iframe');
	const embeds: Frame[] = [];
	for (let i = 0; i < 3; i++) {
		const frame = (await (await iframes.nth(i).elementHandle())!.contentFrame())!;
		await frame.locator('[data-demo-ready]').waitFor();
		embeds.push(frame);
	}
	expect(await page.evaluate(() => scrollY)).toBe(0);
	for (const [i, frame] of embeds.entries()) {
		await expect
			.poll(
				async () =>
					Math.abs((await iframes.nth(i).boundingBox())!.height - (await contentHeight(frame))),
				{ message: `frame ${i + 1} fits its content` }
			)
			.toBeLessThanOrEqual(1);
	}
	expect((await iframes.nth(1).boundingBox())!.y).toBeGreaterThan(page.viewportSize()!.height);
	return embeds;
}

const frameHeights = (page: Page) =>
	page.locator('iframe').evaluateAll((all) => all.map((f) => f.getBoundingClientRect().height));

/** Adds 300 px to a frame's content. */
const grow = (frame: Frame) =>
	frame.evaluate(() => {
		const filler = document.createElement('div');
		filler.style.height = '300px';
		document.querySelector('main')!.append(filler);
	});

test('frames below the fold fit their content at load, and nothing jumps on scrolling', async ({
	page,
	host
}) => {
	await page.goto((await host(true, STACKED)).url);
	const embeds = await fittedStack(page);
	const heights = await frameHeights(page);
	const painted = () =>
		new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	for (const [i, frame] of embeds.entries()) {
		await page
			.locator('iframe')
			.nth(i)
			.evaluate((f) => f.scrollIntoView());
		await frame.evaluate(painted);
		await page.evaluate(painted);
	}
	expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
	expect(await frameHeights(page)).toEqual(heights);
});

test('a frame that grew off screen is measured again before it comes into view', async ({
	page,
	host
}) => {
	await page.goto((await host(true, STACKED)).url);
	const [temperature] = await fittedStack(page);
	const iframe = page.locator('iframe').first();
	const bottom = await iframe.evaluate((f) => f.getBoundingClientRect().bottom);
	const before = (await frameHeights(page))[0];
	await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
	// Far above the viewport (embed.js looks 1,500 px ahead), where the frame is not rendered.
	expect(await page.evaluate(() => scrollY)).toBeGreaterThan(bottom + 1600);
	await grow(temperature);
	await page.evaluate((y) => scrollTo(0, y), bottom + 200);
	await expect.poll(async () => (await frameHeights(page))[0]).toBe(before + 300);
	expect(await iframe.evaluate((f) => f.getBoundingClientRect().bottom)).toBeLessThan(0);
});

test('a frame follows its content when the content grows', async ({ page, host }) => {
	await page.goto((await host(true)).url);
	const [temperature] = await frames(page);
	const iframe = page.locator('iframe').first();
	const before = (await iframe.boundingBox())!.height;
	await grow(temperature);
	// Chromium does not render a cross-origin frame out of view, so it measures once in view.
	await iframe.scrollIntoViewIfNeeded();
	await expect
		.poll(async () => (await iframe.boundingBox())!.height)
		.toBeGreaterThanOrEqual(before + 299);
});

test('without the script the frames keep the snippet’s height and still work', async ({
	page,
	host
}) => {
	await page.goto((await host(false)).url);
	const [temperature] = await frames(page);
	const iframe = page.locator('iframe').first();
	expect((await iframe.boundingBox())!.height).toBe(600);
	const slider = temperature.getByRole('slider').first();
	await slider.focus();
	await slider.press('ArrowRight');
	await expect(temperature.locator('output').first()).not.toHaveText('0.70');
});
