// The checks every demo's question page gets on the load every-page.spec.ts already made: focus
// stops are visible, and hide= and lock= reach every control. Soft assertions, each naming the
// page, so one failure does not hide the others.
import type { Page } from '@playwright/test';
import { expect, hashSettled } from './fixtures';

const softly = expect.configure({ soft: true });

const MAX_TABS = 80;

/**
 * Keyboard reach: Tab walks through the demo area, and wherever focus lands the reader can see
 * it: an outline on the element or on the label or box drawn for it, or, inside a chart, a stroke
 * in the focus colour on the focused mark.
 */
export async function focusStopsVisible(page: Page, path: string) {
	await page.locator('.demo-area').evaluate((area) => {
		// Start just before the demo area.
		const start = document.createElement('button');
		start.id = 'focus-start';
		area.before(start);
		start.focus();
	});
	let stops = 0;
	for (let i = 0; i < MAX_TABS; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || !el.closest('.demo-area')) return null;
			// The element itself or one of the two boxes around it carries the ring.
			const outlined = [el, el.parentElement, el.parentElement?.parentElement].some((node) => {
				if (!node) return false;
				const style = getComputedStyle(node);
				return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
			});
			const probe = document.createElement('i');
			probe.style.color = 'var(--focus)';
			document.body.append(probe);
			const focusColour = getComputedStyle(probe).color;
			probe.remove();
			const stroked =
				el instanceof SVGElement &&
				[el, ...el.querySelectorAll('*')].some((node) => {
					const style = getComputedStyle(node);
					return style.stroke === focusColour && parseFloat(style.strokeWidth) >= 2;
				});
			const name =
				el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
			return { ringed: outlined || stroked, what: `${el.tagName.toLowerCase()} "${name}"` };
		});
		if (stop === null) break;
		stops++;
		expect.soft(stop.ringed, `${path}: focus ring on ${stop.what}`).toBe(true);
	}
	expect.soft(stops, `${path}: the demo has keyboard stops`).toBeGreaterThan(0);
	await page.evaluate(() => document.getElementById('focus-start')?.remove());
}

/** Demo pages whose check should use this parameter; others use the first control they show. */
const lockKeys: Record<string, string> = {
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

/**
 * lock=<key> and hide=<key> touch that control only; lock=all and hide=all every one. Leaves the
 * page with hide=all in its hash.
 */
export async function hideAndLockHold(page: Page, slug: string) {
	const where = `/${slug}`;
	const key = lockKeys[slug] ?? (await shownParams(page))[0];
	if (!key) {
		expect.soft(key, `${where}: the demo shows a control for a parameter`).toBeDefined();
		return;
	}
	await setHash(page, `lock=${key}`);
	const control = area(page).locator(`[data-param="${key}"]`);
	const fields = control.locator('input, textarea, select, button');
	await expect.soft(fields.first(), `${where}: lock=${key} disables its field`).toBeDisabled();

	// lock=<key>: its fields are disabled, others are not, and nothing a reader does moves it.
	expect.soft(await fields.count(), `${where}: ${key} has fields`).toBeGreaterThan(0);
	for (const field of await fields.all()) {
		await expect.soft(field, `${where}: lock=${key}`).toBeDisabled();
	}
	await expect
		.soft(
			area(page)
				.locator(`[data-param]:not([data-param="${key}"]) :is(input, button):enabled`)
				.first(),
			`${where}: lock=${key} leaves the other controls enabled`
		)
		.toBeAttached();
	// The page's own href: Playwright's page.url() learns of a hash change a little later.
	const href = () => page.evaluate(() => location.href);
	const locked = await href();
	await fields.first().click({ force: true });
	// A disabled field takes no focus; a stepper's group does, and ignores its keys.
	const group = control.locator('[tabindex="0"]');
	if ((await group.count()) > 0) {
		await group.first().focus();
		await page.keyboard.press('End');
	}
	await hashSettled(page);
	expect.soft(await href(), `${where}: a locked ${key} does not move`).toBe(locked);

	// hide=<key>: that control goes, the others stay.
	const all = await shownParams(page);
	await setHash(page, `hide=${key}`);
	await expect.soft(control, `${where}: hide=${key}`).toHaveCount(0);
	await softly
		.poll(() => shownParams(page), { message: `${where}: hide=${key} keeps the others` })
		.toEqual(expect.arrayContaining(all.filter((k) => k !== key)));

	await setHash(page, 'lock=all');
	await expect.soft(control.first(), `${where}: lock=all shows ${key}`).toBeAttached();
	await softly
		.poll(() => usable(page, 'enabled'), { message: `${where}: lock=all disables every field` })
		.toEqual([]);

	await setHash(page, 'hide=all');
	await expect.soft(area(page).locator('[data-param]'), `${where}: hide=all`).toHaveCount(0);
	await softly
		.poll(() => usable(page, 'visible'), { message: `${where}: hide=all hides every field` })
		.toEqual([]);
}
