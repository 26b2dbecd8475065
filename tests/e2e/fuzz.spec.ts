// Every page under hostile URL hashes: it keeps rendering, logs no error, says when a value was
// out of range, and never runs or inserts markup from the hash. The hashes come from a seeded
// generator: a failure names its page, index and seed (FUZZ_SEED=… replays another run).
import type { Page } from '@playwright/test';
import { questions } from '../../src/lib/content/registry';
import type { Schema } from '../../src/lib/state/params';
import { expect, test } from './fixtures';
import { hostileHashes, outOfRange } from './hostile-hash';

const SEED = Number(process.env.FUZZ_SEED ?? 1);
/** One full load, then hash changes (quick: the page stays loaded). */
const HASHES = 21;

const schemas = new Map<string, Schema>();
for (const id of new Set(questions.flatMap((q) => (q.demo ? [q.demo.id] : [])))) {
	schemas.set(id, (await import(`../../src/lib/demos/${id}/params.ts`)).schema);
}

const pages = [
	{ path: '/', schema: undefined, demoArea: false },
	...questions.flatMap((q) => {
		const schema = q.demo && schemas.get(q.demo.id);
		return [
			{ path: `/${q.slug}`, schema, demoArea: true },
			{ path: `/embed/${q.slug}`, schema, demoArea: true }
		];
	})
];

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

/** Change the hash in place and wait until the page has handled it and reached a frame. */
async function setHash(page: Page, hash: string) {
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

const hydrated = (page: Page) => page.locator('html[data-hydrated]').waitFor({ state: 'attached' });

for (const { path, schema, demoArea } of pages) {
	test(`hostile hashes on ${path}`, async ({ page, problems }) => {
		const hashes = hostileHashes(SEED, path, schema ?? {}, HASHES);

		const check = async (i: number) => {
			const shown = hashes[i].length > 300 ? `${hashes[i].slice(0, 300)}…` : hashes[i];
			const where = `${path}, hash ${i} of FUZZ_SEED=${SEED}: #${shown}`;
			const state = await page.evaluate(inspect, demoArea);
			expect.soft(state.pwned, `script ran: ${where}`).toBe(false);
			expect.soft(state.injected, `markup inserted: ${where}`).toEqual([]);
			expect.soft(state.heading, `no visible h1: ${where}`).toBe(true);
			expect.soft(state.demo, `no demo area: ${where}`).toBe(true);
			expect.soft(problems, `errors: ${where}`).toEqual([]);
			// Reported once, with the hash that caused it; the fixture checks what comes after.
			problems.length = 0;
		};

		await page.goto(`${path}#${hashes[0]}`);
		await hydrated(page);
		await check(0);

		for (let i = 1; i < hashes.length; i++) {
			await setHash(page, hashes[i]);
			await check(i);
		}

		const beyond = schema && outOfRange(schema);
		if (beyond) {
			await setHash(page, beyond.hash);
			const line = page
				.getByRole('status')
				.locator('li', { hasText: new RegExp(`^${beyond.key} `) });
			await expect(line, `${path}: no notice for #${beyond.hash}`).toBeVisible();
		}
	});
}
