import { expected } from './content';
import { expect, open, test } from './fixtures';

test('the index lists all 50 questions grouped by topic', async ({ page }) => {
	await open(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
	await expect(page.locator('main ol li a')).toHaveCount(50);
	expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(5);
	for (const q of expected.slice(0, 3)) {
		await expect(page.getByRole('link', { name: q.en })).toHaveAttribute('href', `/${q.slug}`);
	}
});

for (const q of expected) {
	test(`question ${q.number} (/${q.slug}) shows its answer in English and in Chinese`, async ({
		page
	}) => {
		await open(page, `/${q.slug}`);
		const h1 = page.getByRole('heading', { level: 1 });
		await expect(h1).toHaveCount(1);
		await expect(h1).toHaveText(q.en);
		await expect(page.locator('[data-answer-lang="en"]')).toBeVisible();
		await expect(page.locator('[data-demo-ready]')).toBeAttached();

		await page.getByRole('button', { name: 'Show the site in Chinese' }).click();
		await expect(h1).toHaveText(q.zh);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.locator('[data-answer-lang="zh"]')).toBeVisible();
		await expect(page.locator('[data-answer-lang="en"]')).toHaveCount(0);
	});

	test(`embed ${q.number} (/embed/${q.slug}) shows the demo area alone`, async ({ page }) => {
		await open(page, `/embed/${q.slug}`);
		await expect(page.locator('[data-demo-ready]')).toBeAttached();
		// No site chrome: no page banner, no page footer (a demo may use header elements inside).
		await expect(page.getByRole('banner')).toHaveCount(0);
		await expect(page.getByRole('contentinfo')).toHaveCount(0);
		await expect(page.getByRole('link', { name: /full question/ })).toHaveAttribute(
			'href',
			`/${q.slug}`
		);
	});
}

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
