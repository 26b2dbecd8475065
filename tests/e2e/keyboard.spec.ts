import { expect, open, test } from './fixtures';

test('the index search filters live and works from the keyboard', async ({ page }) => {
	await open(page, '/');
	await page.keyboard.press('/');
	const search = page.getByRole('searchbox', { name: 'Search questions and answers' });
	await expect(search).toBeFocused();
	await page.keyboard.type('temperature');
	const links = page.locator('main ol li a');
	expect(await links.count()).toBeLessThan(10);
	await expect(links.filter({ hasText: 'What role does temperature play' })).toHaveCount(1);

	// Chinese answer text is searchable too, whatever the interface language.
	await search.fill('束搜索');
	await expect(links.first()).toHaveAttribute('href', '/beam-search');

	await search.fill('zzzz-no-such-thing');
	await expect(links).toHaveCount(0);
	await expect(page.getByText('No question matches')).toBeVisible();

	await search.fill('softmax');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAttribute('href', /^\//);
	await page.keyboard.press('Enter');
	await expect(page).not.toHaveURL(/\/$/);
});

test('the toggles work from the keyboard', async ({ page }) => {
	await open(page, '/');
	const lang = page.getByRole('button', { name: 'Show the site in Chinese' });
	await lang.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('LLM 游乐场');

	const theme = page.getByRole('button', { name: '深色主题' });
	const before = await theme.getAttribute('aria-pressed');
	await theme.focus();
	await page.keyboard.press('Space');
	await expect(theme).not.toHaveAttribute('aria-pressed', before!);
});

test('← and → move between questions, and stop at the ends', async ({ page }) => {
	await open(page, '/temperature');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/masked-language-modeling$/);
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/temperature$/);
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/beam-search$/);

	await open(page, '/tokenization');
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/\/tokenization$/);
	await expect(page.getByRole('link', { name: /Previous/ })).toHaveCount(0);

	await open(page, '/deployment-challenges');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/deployment-challenges$/);
});

test('the arrow keys do not navigate while typing in a field', async ({ page }) => {
	await open(page, '/');
	await page.getByRole('searchbox').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\/$/);
});

test('prev/next links are reachable by Tab', async ({ page }) => {
	await open(page, '/attention');
	const next = page.getByRole('link', { name: /Next/ });
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		if (await next.evaluate((el) => el === document.activeElement)) break;
	}
	await expect(next).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/context-window$/);
});
