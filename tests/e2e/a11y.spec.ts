import AxeBuilder from '@axe-core/playwright';
import { expected } from './content';
import { expect, test } from './fixtures';

const paths = [
	'/',
	...expected.map((q) => `/${q.slug}`),
	...expected.map((q) => `/embed/${q.slug}`)
];

for (const scheme of ['light', 'dark'] as const) {
	test(`no serious or critical axe violations in the ${scheme} theme`, async ({ page }) => {
		test.setTimeout(360_000);
		await page.emulateMedia({ colorScheme: scheme });
		const failures: string[] = [];
		for (const path of paths) {
			await page.goto(path);
			await page.locator('main').waitFor();
			const { violations } = await new AxeBuilder({ page }).analyze();
			for (const v of violations) {
				if (v.impact === 'serious' || v.impact === 'critical') {
					failures.push(
						`${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target).join(', ')}`
					);
				}
			}
		}
		expect(failures).toEqual([]);
	});
}
