import { expected } from './content';
import { expect, open, test } from './fixtures';

// What every page shows (the index's list, each answer in both languages, each embed without the
// site's chrome) is checked on the same load as axe and the hostile hashes: every-page.spec.ts.

test('the language choice is remembered across visits and sets <html lang>', async ({ page }) => {
	await open(page, '/temperature');
	await page.getByRole('button', { name: 'Show the site in Chinese' }).click();
	await open(page, '/softmax');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		expected.find((q) => q.slug === 'softmax')!.zh
	);
	await page.getByRole('button', { name: '以英文显示本站' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('both languages can be shown side by side', async ({ page }) => {
	await open(page, '/attention');
	await page.getByLabel('Both languages side by side').check();
	await expect(page.locator('[data-answer-lang="en"]')).toBeVisible();
	await expect(page.locator('[data-answer-lang="zh"]')).toBeVisible();
	await page.reload();
	await expect(page.locator('[data-answer-lang="zh"]')).toBeVisible();
});

test('the theme follows the system, toggles, and is remembered', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await open(page, '/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const darkBg = await bg();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	expect(await bg()).not.toBe(darkBg);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	expect(await bg()).not.toBe(darkBg);
});

test('formulas are typeset by KaTeX at build time', async ({ page }) => {
	await open(page, '/softmax');
	await expect(page.locator('.katex').first()).toBeVisible();
	await expect(page.locator('[data-answer-lang="en"]')).not.toContainText('$');
});

test('an unknown page is a 404', async ({ page }) => {
	const response = await page.request.get('/no-such-question');
	expect(response.status()).toBe(404);
});
