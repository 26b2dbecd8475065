// The registered interactions (bench/interactions/*.mjs) and how to play them: shared by
// `npm run bench` (scripts/bench.mjs) and scripts/profile.mjs.
import { readdirSync } from 'node:fs';

/** Every demo's registered interactions that `keep` accepts. */
export async function loadInteractions(keep = () => true) {
	const dir = new URL('../bench/interactions/', import.meta.url);
	const files = readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'helpers.mjs');
	const lists = await Promise.all(
		files.map(async (f) => (await import(new URL(f, dir))).interactions)
	);
	return lists.flat().filter(keep);
}

/** Opens the interaction's page on `base` and runs its setup. */
export async function openInteraction(context, base, interaction) {
	const page = await context.newPage();
	await page.goto(base + interaction.path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await interaction.setup?.(page);
	return page;
}

/** `count` steps of the interaction, each followed by its frame (and the task after it). */
export async function playSteps(page, interaction, count) {
	for (let i = 0; i < count; i++) {
		await interaction.step(page, i, count);
		await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
	}
}
