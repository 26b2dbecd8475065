import type { Page } from '@playwright/test';
import { expected } from './content';
import { expect, open, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });
test.skip(
	!!process.env.PW_DEV_PORT,
	'vite dev has no built site to precache (its service worker gets empty build and prerendered ' +
		'lists): offline is tested against the production build only'
);

const title = (slug: string) => expected.find((q) => q.slug === slug)!.en;

/** A question page as it must look offline: its title, its answer, its demo drawn. */
async function expectQuestion(page: Page, slug: string) {
	await expect(page).toHaveURL(new RegExp(`/${slug}(#|$)`));
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(slug));
	await expect(page.locator('[data-answer-lang="en"]')).toContainText(/\w+ \w+ \w+/);
	await expect(page.locator('[data-demo-ready]')).toBeAttached();
}

/** A full page load, which only the service worker can answer while offline. */
async function goOffline(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.fromServiceWorker(), `${path} comes from the service worker`).toBe(true);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

test('after one visit every page, demo and tokenizer works without network', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	// A first visit whose demo draws well after the load event: its teacher trains in a worker.
	await open(page, '/distillation');
	// The worker activates only once its install has precached the whole site, then takes over
	// this page too.
	const controller = () => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none');
	await expect.poll(controller, { timeout: 30_000 }).toBe('activated');
	// It was registered only once the page had loaded and its demo was drawn.
	const [drawn, loaded, registered] = await page.evaluate(() => [
		performance.getEntriesByName('demo-ready')[0]?.startTime,
		(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
		performance.getEntriesByName('service-worker-register')[0]?.startTime
	]);
	expect(registered).toBeGreaterThan(Math.max(drawn, loaded));
	const cached = await page.evaluate(async () => {
		const [name] = await caches.keys();
		const requests = await (await caches.open(name)).keys();
		return requests.map((r) => new URL(r.url).pathname);
	});
	for (const q of expected) {
		expect(cached).toContain(`/${q.slug}`);
		expect(cached).toContain(`/embed/${q.slug}`);
	}
	expect(cached).toContain('/');

	await context.setOffline(true);

	// Client-side navigation: the router's data and chunks come from the cache.
	const after = expected.find((q) => q.slug === 'distillation')!.number + 1;
	await page.locator('a[rel="next"]').click();
	await expectQuestion(page, expected.find((q) => q.number === after)!.slug);
	await page.getByRole('link', { name: 'LLM Playground' }).first().click();
	await expect(page.locator('main ol li a')).toHaveCount(50);
	await page.getByRole('link', { name: title('attention') }).click();
	await expectQuestion(page, 'attention');

	// Full page loads, the index included.
	await goOffline(page, '/');
	await expect(page.locator('main ol li a')).toHaveCount(50);
	// adapter-static writes /softmax as softmax.html; a host may be asked for it as /softmax/ too.
	await goOffline(page, '/softmax/');
	await expectQuestion(page, 'softmax');
	await goOffline(page, '/embed/beam-search');
	await expect(page.locator('[data-demo-ready]')).toBeAttached();
	await expect(page.getByRole('link', { name: /full question/ })).toBeVisible();

	// The lazily loaded GPT-4o encoding is precached too.
	await goOffline(page, '/tokenization');
	await expectQuestion(page, 'tokenization');
	await page.getByRole('button', { name: 'GPT-4o (o200k_base)' }).click();
	await expect(page.getByTestId('panel-o200k-count')).toHaveText(/^28 tokens/, {
		timeout: 20_000
	});

	// A demo still computes offline.
	await goOffline(page, '/temperature');
	await expectQuestion(page, 'temperature');
	const entropy = page.getByTestId('entropy');
	const before = await entropy.textContent();
	await page.getByRole('slider', { name: 'Temperature T' }).fill('2');
	await expect(page).toHaveURL(/#t=2$/);
	await expect(entropy).not.toHaveText(before!);
});
