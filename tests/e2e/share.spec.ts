// Sharing and teaching: copy link, the embed snippet and the embed it makes, presenter mode and
// full screen, a lesson across pages (from a link and from the index), a link's language and
// theme, axe on these views, and a hand-edited hash racing a debounced write. Checks on the same
// page share a load; a fresh context where the behaviour depends on arriving (a link's own
// language and theme, the hash race's held events).
import { expect, hashSettled, open, setHash, test } from './fixtures';
import { axeFailures } from './page-checks';

const softly = expect.configure({ soft: true });

test.describe('on /temperature, with the clipboard', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copy link, full screen, a lesson’s walk, and the embed snippet and the embed it makes', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await open(page, '/temperature');

		await test.step('copy link puts the full state on the clipboard', async () => {
			const slider = page.getByRole('slider', { name: /Temperature/ });
			await slider.focus();
			await slider.press('ArrowLeft');
			// Copied at once, before the debounced URL write: the link still holds the change.
			await page.getByRole('button', { name: 'Copy link' }).click();
			await expect.soft(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect.soft(copied).toMatch(/\/temperature#t=0\.99$/);
		});

		await test.step('F toggles full screen', async () => {
			await setHash(page, 'present=1');
			await page.locator('body').press('f');
			await softly.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
			await page.locator('body').press('f');
			await softly.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
		});

		await test.step('← / → walk the lesson in its order and the answer waits on each page', async () => {
			await setHash(page, 'present=1&lesson=6,12,5');
			const progress = page.getByText(/Question \d of 3 in this lesson/);
			await expect.soft(progress).toHaveText('Question 1 of 3 in this lesson');
			await page.getByRole('button', { name: 'Reveal the answer' }).click();
			await page.locator('body').press('ArrowRight');
			await expect.soft(page).toHaveURL(/\/top-k-top-p#present=1&lesson=6,12,5$/);
			await expect.soft(progress).toHaveText('Question 2 of 3 in this lesson');
			await expect.soft(page.locator('#answer-body')).toBeHidden();
			await page.locator('body').press('ArrowRight');
			await expect.soft(page).toHaveURL(/\/beam-search#present=1&lesson=6,12,5$/);
			// The lesson ends here: → does nothing, ← goes back.
			await expect.soft(page.locator('a[rel="next"]')).toHaveCount(0);
			await page.locator('body').press('ArrowLeft');
			await expect.soft(page).toHaveURL(/\/top-k-top-p#present=1&lesson=6,12,5$/);
			await page.getByRole('link', { name: '6', exact: true }).click();
			await expect(page).toHaveURL(/\/temperature#present=1&lesson=6,12,5$/);
		});

		await test.step('the embed snippet carries the state and the chosen options', async () => {
			await setHash(page, 't=1.4&seed=9');
			await expect(page.locator('#answer-body')).toBeVisible();
			const opener = page.getByRole('button', { name: 'Embed…' });
			await opener.click();
			const dialog = page.getByRole('dialog', { name: 'Embed this demo in a page' });
			await expect(dialog).toBeVisible();
			await dialog.getByRole('radio', { name: 'Hide the ones ticked' }).check();
			await dialog.getByRole('checkbox', { name: 'Hide: Seed' }).check();
			await dialog.getByRole('checkbox', { name: /^Lock: Temperature/ }).check();
			await dialog.getByLabel('Theme').selectOption('dark');
			await dialog.getByLabel('Language').selectOption('zh');
			await dialog.getByLabel(/Height/).fill('720');
			const snippet = await dialog.locator('textarea').inputValue();
			const src = new URL(snippet.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&'));
			expect.soft(src.pathname).toBe('/embed/temperature');
			expect.soft(src.hash).toBe('#t=1.4&seed=9&hide=seed&lock=t&theme=dark&lang=zh');
			expect.soft(snippet).toContain('height="720"');
			expect
				.soft(snippet)
				.toMatch(/<script src="http:\/\/localhost:\d+\/embed\.js" async><\/script>/);

			await dialog.getByRole('button', { name: 'Copy snippet' }).click();
			expect.soft(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
			await page.keyboard.press('Escape');
			await expect.soft(dialog).toBeHidden();
			await expect.soft(opener).toBeFocused();

			await test.step('the embed opens as configured: seed hidden, temperature locked, dark, Chinese', async () => {
				await open(page, src.pathname + src.hash);
				await page.locator('[data-demo-ready]').waitFor();
				await expect.soft(page.locator('html')).toHaveAttribute('data-theme', 'dark');
				await expect.soft(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
				await expect.soft(page.locator('[data-param="seed"]')).toHaveCount(0);
				await expect.soft(page.locator('[data-param="t"] input')).toBeDisabled();
				await expect.soft(page.locator('[data-param="t"] output')).toHaveText('1.40');
				// A link's language is not remembered as the reader's own choice.
				expect.soft(await page.evaluate(() => localStorage.getItem('llmp.lang'))).toBeNull();
			});
		});
	});
});

test('the Present toggle writes present=1 and hides the answer until revealed', async ({
	page
}) => {
	await open(page, '/softmax#scores=1,2,3');
	const answer = page.locator('#answer-body');
	await expect(answer).toBeVisible();
	await page.getByRole('button', { name: 'Present' }).click();
	await expect
		.soft(page.getByRole('button', { name: 'Present' }))
		.toHaveAttribute('aria-pressed', 'true');
	await expect.soft(answer).toBeHidden();
	await expect.soft(page.locator('html')).toHaveClass(/present/);
	await hashSettled(page);
	const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
	expect.soft([...hash].sort()).toEqual([
		['present', '1'],
		['scores', '1,2,3']
	]);
	await page.getByRole('button', { name: 'Reveal the answer' }).click();
	await expect.soft(answer).toBeVisible();
});

test('a link’s language and theme apply without the reader’s toggles', async ({ page }) => {
	await open(page, '/what-is-an-llm#lang=zh&theme=dark');
	await expect.soft(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect.soft(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect.soft(page.locator('[data-answer-lang="zh"]')).toBeVisible();
	// The reader's own choice takes over and drops the link's.
	await page
		.getByRole('button', { name: /English|英文|EN/i })
		.first()
		.click();
	await expect.soft(page.locator('html')).toHaveAttribute('lang', 'en');
	// The hash is written after a short quiet spell: wait for it rather than for a still URL.
	await softly.poll(() => new URL(page.url()).hash).toBe('#theme=dark');
});

test('the index starts a lesson; presenter mode, locked controls and the embed dialog pass axe in both themes', async ({
	page
}) => {
	// Four full-page axe scans: 20 to 40 s here under load.
	test.setTimeout(120_000);
	await page.emulateMedia({ colorScheme: 'light' });
	await open(page, '/');

	await test.step('the index starts a lesson from typed question numbers', async () => {
		const field = page.getByLabel('Teach a lesson: questions');
		const start = page.getByRole('button', { name: 'Present', exact: true });
		await expect.soft(start).toBeDisabled();
		await field.fill('6, 99');
		await expect.soft(page.getByText('Give question numbers from 1 to 50')).toBeVisible();
		await expect.soft(start).toBeDisabled();
		await field.fill('6, 12, 5');
		await expect.soft(start).toBeEnabled();
		await field.fill('12 6，5');
		await start.click();
		await expect(page).toHaveURL(/\/top-k-top-p#present=1&lesson=12,6,5$/);
		await expect.soft(page.getByText('Question 1 of 3 in this lesson')).toBeVisible();
	});

	await test.step('presenter mode with every control locked, then the embed dialog: axe, light and dark', async () => {
		await setHash(page, 'present=1&lesson=12,6&lock=all');
		await page.locator('[data-demo-ready]').waitFor();
		await expect(page.getByText('Question 1 of 2 in this lesson')).toBeVisible();
		const failures: string[] = [];
		const scan = async (where: string) => {
			for (const scheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: scheme });
				await page.evaluate(() => new Promise(requestAnimationFrame));
				for (const failure of await axeFailures(page)) {
					failures.push(`${where} (${scheme}): ${failure}`);
				}
			}
		};
		await scan('presenter mode, locked');
		await page.getByRole('button', { name: 'Embed…' }).click();
		await page.getByRole('radio', { name: 'Hide the ones ticked' }).check();
		await scan('embed dialog');
		expect.soft(failures).toEqual([]);
	});
});

test('a hash edited by hand survives a debounced write that fires before its hashchange event', async ({
	page
}) => {
	// Hold back the next hashchange event from the page's states (registered before theirs), as a
	// busy page can for a moment.
	await page.addInitScript(() =>
		window.addEventListener('hashchange', (e) => {
			if ((window as { holdHashchange?: boolean }).holdHashchange) e.stopImmediatePropagation();
		})
	);
	await open(page, '/temperature');
	// The language button schedules a write of the site's keys; a link's hash arrives before it fires.
	await page.evaluate(() => {
		(window as { holdHashchange?: boolean }).holdHashchange = true;
		document
			.querySelector<HTMLButtonElement>('button[aria-label="Show the site in Chinese"]')!
			.click();
		location.hash = 'lock=t';
	});
	await page.waitForTimeout(600);
	expect(await page.evaluate(() => location.hash)).toBe('#lock=t');
});
