import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test page is watched: a console error, an uncaught exception or a request to another
 * origin fails the test that caused it.
 */
/** What playwright.config.ts's `serviceWorkers: 'block'` logs on every page: expected, not a fault. */
export const SW_BLOCKED = 'Service Worker registration blocked by Playwright';

export const test = base.extend<{ problems: string[] }>({
	problems: [
		async ({ page, baseURL }, use) => {
			const problems: string[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('console', (msg) => {
				if ((msg.type() === 'error' || msg.type() === 'warning') && msg.text() !== SW_BLOCKED) {
					problems.push(`console ${msg.type()}: ${msg.text()}`);
				}
			});
			page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
			page.on('request', (req) => {
				const url = req.url();
				if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
					problems.push(`request to another origin: ${url}`);
				}
			});
			await use(problems);
			expect(problems, 'console errors, page errors or foreign requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Open a page and wait until it is hydrated, so keys and clicks reach its handlers. */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/** Wait until the debounced hash writes have stopped: the URL holds still for a while. */
export async function hashSettled(page: Page) {
	// The page's own href: Playwright's page.url() learns of a replaced URL a little later.
	const href = () => page.evaluate(() => location.href);
	await expect
		.poll(async () => {
			const before = await href();
			await page.waitForTimeout(400);
			return (await href()) === before;
		})
		.toBe(true);
}

/**
 * Change the hash in place, as a reader editing the link would, and wait until the page has
 * handled it and drawn a frame: a spec checks several states on one load this way.
 */
export async function setHash(page: Page, hash: string) {
	await page.evaluate(async (h) => {
		const handled = new Promise((done) => {
			addEventListener('hashchange', done, { once: true });
			setTimeout(done, 300); // the same hash again fires no event
		});
		location.hash = h;
		await handled;
		await new Promise(requestAnimationFrame);
	}, hash);
}

/**
 * Picks an option of a Choice: its radio is visually hidden inside its label, so the label is
 * clicked. `group` names the radio group when the option's name recurs on the page.
 */
export function choose(
	page: Page,
	option: string | RegExp,
	{ group, exact = false }: { group?: string; exact?: boolean } = {}
) {
	const scope = group ? page.getByRole('group', { name: group, exact: true }) : page;
	return scope
		.locator('label')
		.filter({ has: page.getByRole('radio', { name: option, exact }) })
		.click();
}
