import { expect, hashSettled, open, test } from './fixtures';
import { axeFailures } from './page-checks';

test.describe('copy link and embed dialog', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copy link puts the full state on the clipboard', async ({ page }) => {
		await open(page, '/temperature');
		const slider = page.getByRole('slider', { name: /Temperature/ });
		await slider.focus();
		await slider.press('ArrowLeft');
		// Copied at once, before the debounced URL write: the link still holds the change.
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toMatch(/\/temperature#t=0\.99$/);
	});

	test('the embed snippet carries the state and the chosen options', async ({ page }) => {
		await open(page, '/temperature#t=1.4&seed=9');
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
		const src = snippet.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&');
		expect(new URL(src).pathname).toBe('/embed/temperature');
		expect(new URL(src).hash).toBe('#t=1.4&seed=9&hide=seed&lock=t&theme=dark&lang=zh');
		expect(snippet).toContain('height="720"');
		expect(snippet).toMatch(/<script src="http:\/\/localhost:\d+\/embed\.js" async><\/script>/);

		await dialog.getByRole('button', { name: 'Copy snippet' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(opener).toBeFocused();

		// The embed opens as configured: seed hidden, temperature locked, dark, Chinese.
		await open(page, new URL(src).pathname + new URL(src).hash);
		await page.locator('[data-demo-ready]').waitFor();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.locator('[data-param="seed"]')).toHaveCount(0);
		await expect(page.locator('[data-param="t"] input')).toBeDisabled();
		await expect(page.locator('[data-param="t"] output')).toHaveText('1.40');
		// A link's language is not remembered as the reader's own choice.
		expect(await page.evaluate(() => localStorage.getItem('llmp.lang'))).toBeNull();
	});
});

test.describe('presenter mode and lessons', () => {
	test('the toggle writes present=1 and hides the answer until revealed', async ({ page }) => {
		await open(page, '/softmax#scores=1,2,3');
		const answer = page.locator('#answer-body');
		await expect(answer).toBeVisible();
		await page.getByRole('button', { name: 'Present' }).click();
		await expect(page.getByRole('button', { name: 'Present' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(answer).toBeHidden();
		await expect(page.locator('html')).toHaveClass(/present/);
		await hashSettled(page);
		const hash = new URLSearchParams(new URL(page.url()).hash.slice(1));
		expect([...hash].sort()).toEqual([
			['present', '1'],
			['scores', '1,2,3']
		]);
		await page.getByRole('button', { name: 'Reveal the answer' }).click();
		await expect(answer).toBeVisible();
	});

	test('← / → walk the lesson in its order and the answer waits on each page', async ({ page }) => {
		await open(page, '/temperature#present=1&lesson=6,12,5');
		const progress = page.getByText(/Question \d of 3 in this lesson/);
		await expect(progress).toHaveText('Question 1 of 3 in this lesson');
		await page.getByRole('button', { name: 'Reveal the answer' }).click();
		await page.locator('body').press('ArrowRight');
		await expect(page).toHaveURL(/\/top-k-top-p#present=1&lesson=6,12,5$/);
		await expect(progress).toHaveText('Question 2 of 3 in this lesson');
		await expect(page.locator('#answer-body')).toBeHidden();
		await page.locator('body').press('ArrowRight');
		await expect(page).toHaveURL(/\/beam-search#present=1&lesson=6,12,5$/);
		// The lesson ends here: → does nothing, ← goes back.
		await expect(page.locator('a[rel="next"]')).toHaveCount(0);
		await page.locator('body').press('ArrowLeft');
		await expect(page).toHaveURL(/\/top-k-top-p#present=1&lesson=6,12,5$/);
		await page.getByRole('link', { name: '6', exact: true }).click();
		await expect(page).toHaveURL(/\/temperature#present=1&lesson=6,12,5$/);
	});

	test('F toggles full screen', async ({ page }) => {
		await open(page, '/temperature#present=1');
		await page.locator('body').press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await page.locator('body').press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
	});

	test('a link’s language and theme apply without the reader’s toggles', async ({ page }) => {
		await open(page, '/what-is-an-llm#lang=zh&theme=dark');
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('[data-answer-lang="zh"]')).toBeVisible();
		// The reader's own choice takes over and drops the link's.
		await page
			.getByRole('button', { name: /English|英文|EN/i })
			.first()
			.click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		// The hash is written after a short quiet spell: wait for it rather than for a still URL.
		await expect.poll(() => new URL(page.url()).hash).toBe('#theme=dark');
	});
});

test.describe('the sharing and teaching views pass axe', () => {
	for (const scheme of ['light', 'dark'] as const) {
		test(`embed dialog, presenter mode and locked controls (${scheme})`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
			const failures: string[] = [];
			const scan = async (where: string) => {
				for (const failure of await axeFailures(page)) failures.push(`${where}: ${failure}`);
			};
			await open(page, '/top-k-top-p#present=1&lesson=12,6&lock=all');
			await page.locator('[data-demo-ready]').waitFor();
			await scan('presenter mode, locked');
			await page.getByRole('button', { name: 'Embed…' }).click();
			await page.getByRole('radio', { name: 'Hide the ones ticked' }).check();
			await scan('embed dialog');
			expect(failures).toEqual([]);
		});
	}
});

test('the index starts a lesson from typed question numbers', async ({ page }) => {
	await open(page, '/');
	const field = page.getByLabel('Teach a lesson: questions');
	const start = page.getByRole('button', { name: 'Present', exact: true });
	await expect(start).toBeDisabled();
	await field.fill('6, 99');
	await expect(page.getByText('Give question numbers from 1 to 50')).toBeVisible();
	await expect(start).toBeDisabled();
	await field.fill('6, 12, 5');
	await expect(start).toBeEnabled();
	await field.fill('12 6，5');
	await start.click();
	await expect(page).toHaveURL(/\/top-k-top-p#present=1&lesson=12,6,5$/);
	await expect(page.getByText('Question 1 of 3 in this lesson')).toBeVisible();
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
