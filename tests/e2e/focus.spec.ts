import { built } from './content';
import { expect, open, test } from './fixtures';

/**
 * Keyboard reach on every demo: Tab walks through the demo area, and wherever focus lands the
 * reader can see it: an outline on the element or on the label or box drawn for it, or, inside
 * a chart, a stroke in the focus colour on the focused mark.
 */
const demoPages = built.map((q) => q.slug);
const MAX_TABS = 80;

for (const slug of demoPages) {
	test(`every focus stop in /${slug}'s demo is visible`, async ({ page }) => {
		await open(page, `/${slug}`);
		await page.locator('[data-demo-ready]').waitFor();
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
				const ringed = outlined || stroked;
				const name =
					el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
				return { ringed, what: `${el.tagName.toLowerCase()} "${name}"` };
			});
			if (stop === null) break;
			stops++;
			expect(stop.ringed, `focus ring on ${stop.what}`).toBe(true);
		}
		expect(stops, 'the demo has keyboard stops').toBeGreaterThan(0);
	});
}
