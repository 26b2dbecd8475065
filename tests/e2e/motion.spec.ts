import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

/**
 * Bar heights one frame after a change and once any motion is over. The page's clock is
 * Playwright's and paused, so "one frame" is 16 ms of animation however busy the machine is (an
 * installed clock that still runs lets a slow machine's real time leak in between the steps).
 */
async function heightsAfterChange(page: Page, { streaming = false } = {}) {
	await page.clock.install();
	await open(page, '/temperature');
	await page.locator('[data-demo-ready]').waitFor();
	await page.clock.pauseAt(Date.now() + 1000);
	const slider = page.getByRole('slider', { name: /Temperature/ });
	await slider.focus();
	const heights = () =>
		page.evaluate(() =>
			[...document.querySelectorAll('.demo-area svg rect.fill')].map((r) =>
				Number(r.getAttribute('height')).toFixed(1)
			)
		);
	await page.keyboard.press('PageUp');
	await page.clock.runFor(16);
	// A second change before the glide is over: changes are streaming in, as in a drag.
	if (streaming) {
		await page.keyboard.press('PageUp');
		await page.clock.runFor(16);
	}
	const soon = await heights();
	await page.clock.runFor(1000);
	return { soon, settled: await heights() };
}

test('with reduced motion, bars jump to their new heights', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const { soon, settled } = await heightsAfterChange(page);
	expect(settled.length).toBeGreaterThan(0);
	expect(soon).toEqual(settled);
});

test('without it, bars glide (so the check above can tell the difference)', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const { soon, settled } = await heightsAfterChange(page);
	expect(soon).not.toEqual(settled);
});

test('while changes stream in (a drag), bars follow at once instead of gliding', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const { soon, settled } = await heightsAfterChange(page, { streaming: true });
	expect(settled.length).toBeGreaterThan(0);
	expect(soon).toEqual(settled);
});
