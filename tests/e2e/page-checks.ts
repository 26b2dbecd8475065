// The checks every route gets, written to run one after another on a single page load
// (tests/e2e/every-page.spec.ts). Each reports through expect.soft with the route and the check
// in its message, so one failure does not hide the others.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Schema } from '../../src/lib/state/params';
import type { Expected } from './content';
import { expect, setHash } from './fixtures';
import { hostileHashes, outOfRange } from './hostile-hash';

/**
 * Serious and critical axe violations on the page as it is now (or in the part `include` selects),
 * one line each; `rules` limits the scan to those rules. Every spec's axe scan goes through here.
 * Legacy mode runs axe.run in the page instead of finishing in a new blank page (our pages frame
 * nothing from another origin), and only violations are collected in full: together about 3 to 5
 * times quicker on a large demo, with the same violations.
 */
export async function axeFailures(
	page: Page,
	{ include, rules }: { include?: string; rules?: string[] } = {}
): Promise<string[]> {
	let builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
	if (include) builder = builder.include(include);
	if (rules) builder = builder.withRules(rules);
	const { violations } = await builder.analyze();
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}) ${v.nodes.map((n) => n.target).join(', ')}`);
}

/** What the dark theme can break: it changes colours and nothing else. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Every axe rule in the light theme, then the colour rules in the dark one, by switching the
 * system scheme on the same load; `darkInclude` limits the dark scan to a part of the page (most
 * of a scan's time is colour contrast, and the site's shell and answers share one stylesheet, so
 * they are scanned dark on a few pages, not on every demo's).
 */
export async function axeInBothThemes(page: Page, path: string, darkInclude?: string) {
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await background();
	expect.soft(await axeFailures(page), `${path}: axe, light theme`).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.evaluate(() => new Promise(requestAnimationFrame));
	expect.soft(await background(), `${path}: the dark theme took over`).not.toBe(light);
	expect
		.soft(
			await axeFailures(page, { rules: COLOUR_RULES, include: darkInclude }),
			`${path}: axe, dark theme${darkInclude ? ` (${darkInclude})` : ''}`
		)
		.toEqual([]);
}

/** The index lists every question, grouped by topic, linked to its page. */
export async function indexListsQuestions(page: Page, questions: readonly Expected[]) {
	await expect.soft(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect.soft(page.locator('main ol li a')).toHaveCount(questions.length);
	expect.soft(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(5);
	for (const q of questions.slice(0, 3)) {
		await expect.soft(page.getByRole('link', { name: q.en })).toHaveAttribute('href', `/${q.slug}`);
	}
}

/** A question page shows its title and answer in English, then in Chinese after the switch. */
export async function answerInBothLanguages(page: Page, q: Expected) {
	const where = `/${q.slug}`;
	const h1 = page.getByRole('heading', { level: 1 });
	await expect.soft(h1, `${where}: one h1`).toHaveCount(1);
	await expect.soft(h1, `${where}: English title`).toHaveText(q.en);
	await expect
		.soft(page.locator('[data-answer-lang="en"]'), `${where}: English answer`)
		.toBeVisible();
	await expect.soft(page.locator('[data-demo-ready]'), `${where}: demo area`).toBeAttached();

	await page.getByRole('button', { name: 'Show the site in Chinese' }).click();
	await expect.soft(h1, `${where}: Chinese title`).toHaveText(q.zh);
	await expect.soft(page.locator('html'), `${where}: <html lang>`).toHaveAttribute('lang', 'zh-CN');
	await expect
		.soft(page.locator('[data-answer-lang="zh"]'), `${where}: Chinese answer`)
		.toBeVisible();
	await expect
		.soft(page.locator('[data-answer-lang="en"]'), `${where}: English answer gone`)
		.toHaveCount(0);
}

/** An embed shows the demo area without the site's banner and footer, and links to its question. */
export async function embedWithoutChrome(page: Page, q: Expected) {
	const where = `/embed/${q.slug}`;
	await expect.soft(page.locator('[data-demo-ready]'), `${where}: demo area`).toBeAttached();
	// A demo may use header elements inside; the page itself has no banner or footer.
	await expect.soft(page.getByRole('banner'), `${where}: no banner`).toHaveCount(0);
	await expect.soft(page.getByRole('contentinfo'), `${where}: no footer`).toHaveCount(0);
	await expect
		.soft(page.getByRole('link', { name: /full question/ }), `${where}: link to the question`)
		.toHaveAttribute('href', `/${q.slug}`);
}

/** Runs in the page: what a hostile hash must never achieve, and whether the page still shows. */
function inspect(demoArea: boolean) {
	const urlAttributes = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data'];
	const injected: string[] = [];
	for (const el of document.querySelectorAll('*')) {
		for (const { name, value } of el.attributes) {
			const handler = /^on/i.test(name) && value.includes('__pwned');
			const scriptUrl = urlAttributes.includes(name) && /^\s*javascript:/i.test(value);
			if (handler || scriptUrl) injected.push(`<${el.localName} ${name}="${value.slice(0, 80)}">`);
		}
	}
	for (const el of document.querySelectorAll('img[src="x"], svg[onload], iframe[srcdoc], script')) {
		if (el.localName !== 'script' || el.textContent?.includes('__pwned')) {
			injected.push(el.outerHTML.slice(0, 100));
		}
	}
	const h1 = document.querySelector('h1');
	const area = document.querySelector('[data-demo-ready]');
	return {
		pwned: '__pwned' in window,
		injected,
		heading: !!h1?.checkVisibility() && h1.textContent!.trim() !== '',
		demo: !demoArea || (area !== null && area.childElementCount > 0)
	};
}

const hydrated = (page: Page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

export type Fuzz = {
	seed: number;
	count: number;
	schema?: Schema;
	demoArea: boolean;
	/** Hash 0 arrives with a fresh load (the first parse) rather than as a hash change. */
	onArrival: boolean;
};

/**
 * Hostile URL hashes: the page keeps rendering, logs no error, says when a value was out of
 * range, and never runs or inserts markup from the hash. The hashes arrive as hash changes on the
 * loaded page, hash 0 with a fresh load when `onArrival`. A failure names the page, the hash's
 * index and the seed (FUZZ_SEED=… replays another run).
 */
export async function hostileHashesHold(
	page: Page,
	path: string,
	problems: string[],
	{ seed, count, schema, demoArea, onArrival }: Fuzz
) {
	const hashes = hostileHashes(seed, path, schema ?? {}, count);

	const check = async (i: number) => {
		const shown = hashes[i].length > 300 ? `${hashes[i].slice(0, 300)}…` : hashes[i];
		const where = `${path}, hash ${i} of FUZZ_SEED=${seed}: #${shown}`;
		const state = await page.evaluate(inspect, demoArea);
		expect.soft(state.pwned, `script ran: ${where}`).toBe(false);
		expect.soft(state.injected, `markup inserted: ${where}`).toEqual([]);
		expect.soft(state.heading, `no visible h1: ${where}`).toBe(true);
		expect.soft(state.demo, `no demo area: ${where}`).toBe(true);
		expect.soft(problems, `errors: ${where}`).toEqual([]);
		// Reported once, with the hash that caused it.
		problems.length = 0;
	};

	for (let i = onArrival ? 1 : 0; i < hashes.length; i++) {
		await setHash(page, hashes[i]);
		await check(i);
	}

	const beyond = schema && outOfRange(schema);
	if (beyond) {
		await setHash(page, beyond.hash);
		const line = page.getByRole('status').locator('li', { hasText: new RegExp(`^${beyond.key} `) });
		await expect.soft(line, `${path}: no notice for #${beyond.hash}`).toBeVisible();
	}

	if (!onArrival) return;
	// Leave first, so that this is a load and not a same-document hash change.
	await page.goto('about:blank');
	await page.goto(`${path}#${hashes[0]}`);
	await hydrated(page);
	// A demo marks itself drawn once its data is there (the attention demo's vectors take a while).
	if (demoArea) await page.locator('[data-demo-ready]').waitFor({ state: 'attached' });
	await check(0);
}

/**
 * Every script, and the guide's text, whose fetch started before the demo was drawn (the
 * `demo-ready` mark; read from the page's resource timing, so a fetch just after it never counts)
 * was named in the head (modulepreload, or preload), so a first visit fetches them all at once
 * rather than in rounds. Workers start from the demo, and SvelteKit fetches its own error page's
 * node when it likes.
 */
export async function namedInHead(page: Page) {
	const { named, early } = await page.evaluate(() => {
		const drawn = performance.getEntriesByName('demo-ready')[0]?.startTime ?? Infinity;
		return {
			named: [
				...document.head.querySelectorAll<HTMLLinkElement>(
					'link[rel="modulepreload"], link[rel="preload"]'
				)
			].map((link) => link.href),
			early: performance
				.getEntriesByType('resource')
				.filter((entry) => entry.startTime < drawn)
				.map((entry) => entry.name)
				.filter((url) => url.endsWith('.js') || url.endsWith('/guide-text.json'))
		};
	});
	const late = early.filter((url) => !named.includes(url) && !/\/workers\/|\/nodes\/1\./.test(url));
	expect(late, 'fetched before the demo was drawn, not named in the head').toEqual([]);
}
