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

type Host = { url: string; withScript: boolean };

function serve(html: string): Promise<Server> {
	const server = createServer((req, res) => {
		res.writeHead(req.url === '/' ? 200 : 204, { 'content-type': 'text/html; charset=utf-8' });
		res.end(req.url === '/' ? html : '');
	});
	return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const test = base.extend<{ problems: string[]; host: (withScript: boolean) => Promise<Host> }>({
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
		await use(async (withScript) => {
			let html = EXAMPLE.replaceAll(PLACEHOLDER, new URL(baseURL!).origin);
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

test('a frame follows its content when the content grows', async ({ page, host }) => {
	await page.goto((await host(true)).url);
	const [temperature] = await frames(page);
	const iframe = page.locator('iframe').first();
	const before = (await iframe.boundingBox())!.height;
	await temperature.evaluate(() => {
		const filler = document.createElement('div');
		filler.style.height = '300px';
		document.querySelector('main')!.append(filler);
	});
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
