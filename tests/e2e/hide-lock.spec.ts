import type { Page } from '@playwright/test';
import { built } from './content';
import { expect, hashSettled, open, test } from './fixtures';

/** Demo pages whose test should use this parameter; others use the first control they show. */
const keys: Record<string, string> = {
	temperature: 't',
	'top-k-top-p': 'k',
	softmax: 'scores',
	attention: 'head',
	'multi-head-attention': 'h',
	'attention-scores': 'step',
	'dot-product': 'dk',
	'positional-encodings': 'len',
	'autoregressive-vs-masked': 'text',
	'beam-search': 'width',
	'llm-vs-statistical-lm': 'seed',
	tokenization: 'merges',
	'out-of-vocabulary': 'word'
};
const demoPages = built.map((q) => q.slug);

const area = (page: Page) => page.locator('[data-demo-ready]');
const setHash = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

/** The parameters the demo shows controls for. */
const shownParams = (page: Page) =>
	area(page)
		.locator('[data-param]')
		.evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-param')!))].sort());

/**
 * The demo's own form fields (the share toolbar aside) and the buttons of its parameters that
 * are visible, or enabled: a short description of each, for a readable failure.
 */
const usable = (page: Page, which: 'visible' | 'enabled') =>
	area(page).evaluate((root, which) => {
		const fields = root.querySelectorAll<HTMLElement>(
			'input, textarea, select, [data-param] button'
		);
		return [...fields]
			.filter((el) => !el.closest('.demo-toolbar'))
			.filter((el) => (which === 'visible' ? el.checkVisibility() : !el.matches(':disabled')))
			.map((el) => el.outerHTML.slice(0, 120));
	}, which);

for (const slug of demoPages) {
	test(`/${slug}: lock=${keys[slug] ?? '<first control>'} and hide= touch that control only; lock=all and hide=all every one`, async ({
		page
	}) => {
		let key = keys[slug];
		if (!key) {
			await open(page, `/${slug}`);
			await area(page).waitFor({ state: 'attached' });
			key = (await shownParams(page))[0];
			expect(key, 'the demo shows a control for a parameter').toBeDefined();
		}
		await open(page, `/${slug}#lock=${key}`);
		const control = area(page).locator(`[data-param="${key}"]`);
		await expect(control.first()).toBeAttached({ timeout: 15_000 });

		// lock=<key>: its fields are disabled, others are not, and nothing a reader does moves it.
		const fields = control.locator('input, textarea, select, button');
		expect(await fields.count()).toBeGreaterThan(0);
		for (const field of await fields.all()) await expect(field).toBeDisabled();
		await expect(
			area(page)
				.locator(`[data-param]:not([data-param="${key}"]) :is(input, button):enabled`)
				.first()
		).toBeAttached();
		const before = page.url();
		await fields.first().click({ force: true });
		// A disabled field takes no focus; a stepper's group does, and ignores its keys.
		const group = control.locator('[tabindex="0"]');
		if ((await group.count()) > 0) {
			await group.first().focus();
			await page.keyboard.press('End');
		}
		await hashSettled(page);
		expect(page.url()).toBe(before);

		// hide=<key>: that control goes, the others stay.
		const all = await shownParams(page);
		await setHash(page, `hide=${key}`);
		await expect(control).toHaveCount(0);
		await expect
			.poll(() => shownParams(page))
			.toEqual(expect.arrayContaining(all.filter((k) => k !== key)));

		await setHash(page, 'lock=all');
		await expect(control.first()).toBeAttached();
		await expect.poll(() => usable(page, 'enabled')).toEqual([]);

		await setHash(page, 'hide=all');
		await expect(area(page).locator('[data-param]')).toHaveCount(0);
		await expect.poll(() => usable(page, 'visible')).toEqual([]);
	});
}

test('locked logits draw plain bars that keys do not edit', async ({ page }) => {
	await open(page, '/temperature');
	const chart = page.getByRole('group', { name: /Next-token probabilities/ });
	await expect(chart.getByRole('slider').first()).toBeVisible();
	await setHash(page, 'lock=logits');
	await expect(chart.getByRole('slider')).toHaveCount(0);
	await chart.getByRole('img').first().focus();
	await page.keyboard.press('PageUp');
	await hashSettled(page);
	expect(page.url()).toMatch(/#lock=logits$/);
});

test('a locked vector on the dot-product plane is read only', async ({ page }) => {
	await open(page, '/dot-product#lock=qx,qy');
	const q = page.getByTestId('handle-q');
	await expect(q).toHaveAttribute('aria-readonly', 'true');
	await expect(page.getByTestId('handle-k')).not.toHaveAttribute('aria-readonly');
	await q.focus();
	await page.keyboard.press('ArrowRight');
	await q.dragTo(page.getByTestId('handle-k'));
	await hashSettled(page);
	expect(page.url()).toMatch(/#lock=qx,qy$/);
});
