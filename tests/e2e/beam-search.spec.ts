// /beam-search: the toy preset where greedy loses, the beam width, the tree from the keyboard,
// stepping and playing, editing the toy tree, model mode, the tiny GPT, the largest search and bad
// hash values, all on one load of the question page (each state set by the hash or the controls,
// reloads where a reload restores the state); then the embed. Axe, focus rings and hide=/lock=
// are every-page.spec.ts's.
import type { Page } from '@playwright/test';
import { expect, open, setHash, test } from './fixtures';

const softly = expect.configure({ soft: true });

const summary = (page: Page) => page.getByTestId('tree-summary');
const ranked = (page: Page) => page.getByTestId('ranked-beams').locator('li');
const stepper = (page: Page) => page.getByRole('group', { name: 'Beam search steps' });
const candidates = async (page: Page) =>
	Number((await summary(page).textContent())!.match(/^(\d+) candidates/)![1]);

test('the question page: greedy vs beam, the width, the tree, stepping, the toy tree, the model, bad hashes', async ({
	page
}) => {
	// Nine behaviours and three reloads on one load: 25 to 40 s here under load.
	test.setTimeout(150_000);
	await open(page, '/beam-search');

	await test.step('the toy preset shows greedy losing to beam search', async () => {
		await expect.soft(ranked(page).first()).toContainText('dog');
		await expect.soft(ranked(page).first()).toContainText('log P −1.71');
		await expect.soft(page.getByTestId('greedy-total')).toContainText('log P −2.30');
		await expect.soft(page.getByTestId('greedy-verdict')).toHaveText(/1\.80× as probable/);
		// Greedy's path is drawn over the same tree: its last token is a ghost the beam never kept.
		const tree = page.getByRole('tree', { name: /Beam search tree after step 3/ });
		await expect.soft(tree).toBeAttached();
	});

	await test.step('changing the width changes the kept beams', async () => {
		await expect.soft(ranked(page)).toHaveCount(2);
		await page.getByRole('slider', { name: 'Beam width k' }).fill('1');
		await expect.soft(page).toHaveURL(/width=1/);
		await expect.soft(ranked(page)).toHaveCount(1);
		// Width 1 is greedy decoding: the same sequence, tagged as such.
		await expect.soft(ranked(page).first()).toContainText('same as greedy');
		await expect.soft(page.getByTestId('greedy-verdict')).toHaveText(/same best sequence/);
		await page.getByRole('slider', { name: 'Beam width k' }).fill('3');
		await expect.soft(ranked(page)).toHaveCount(3);
		await expect.soft(summary(page)).toHaveText(/at this step 3 kept/);
	});

	await test.step('the tree can be read from the keyboard', async () => {
		await setHash(page, '');
		await expect.soft(ranked(page)).toHaveCount(2);
		const root = page.getByRole('treeitem', { name: /^The prompt, the root/ });
		await root.focus();
		await page.keyboard.press('ArrowRight');
		const readout = page.getByTestId('node-readout');
		// The first child on a surviving beam: "nice" was dropped, "dog" survives.
		await expect.soft(readout).toHaveText(/^“dog” \(step 1\): token “dog”, P 40%/);
		await page.keyboard.press('ArrowRight');
		await expect.soft(readout).toHaveText(/^“dog has”/);
		await page.keyboard.press('ArrowUp');
		await expect.soft(readout).toHaveText(/^“nice house”/);
		await page.keyboard.press('ArrowLeft');
		await expect.soft(readout).toHaveText(/^“nice”.*kept, then every continuation was pruned/);
		await page.keyboard.press('End');
		await expect.soft(readout).toHaveText(/^“dog has a”.*a finished sequence/);
		await expect.soft(page.getByRole('treeitem', { name: /^“dog has a”/ })).toBeFocused();
		// The arrow keys stayed inside the tree: no navigation to another question.
		await expect.soft(page).toHaveURL(/\/beam-search/);
	});

	await test.step('stepping grows the tree, from the buttons and the keys, and writes the step to the hash', async () => {
		await setHash(page, 'step=0');
		await expect.soft(summary(page)).toHaveText(/^0 candidates/);
		await expect.soft(page.getByTestId('stepper-count')).toHaveText('step 0 / 3');

		await page.getByRole('button', { name: 'Step ▶' }).click();
		await expect
			.soft(summary(page))
			.toHaveText(/^2 candidates so far; at this step 2 kept, 0 pruned/);
		await page.getByRole('button', { name: 'Step ▶' }).click();
		await expect.soft(summary(page)).toHaveText(/^6 candidates/);
		await expect.soft(page).toHaveURL(/step=2/);
		await expect
			.soft(page.getByRole('heading', { name: 'Beams after step 2, best score first' }))
			.toBeVisible();

		// At the last step Step ▶ is disabled under the focus: the group keeps it, so ← steps back
		// instead of turning to another question.
		await page.getByRole('button', { name: 'Step ▶' }).click();
		await expect.soft(page).toHaveURL(/step=3/);
		await page.keyboard.press('ArrowLeft');
		await expect.soft(page).toHaveURL(/beam-search.*step=2/);

		await stepper(page).focus();
		await page.keyboard.press('ArrowLeft');
		await expect.soft(summary(page)).toHaveText(/^2 candidates/);
		await page.keyboard.press('End');
		await expect.soft(summary(page)).toHaveText(/^10 candidates/);
		await expect.soft(page).toHaveURL(/step=3/);
		await page.keyboard.press('Home');
		await expect.soft(summary(page)).toHaveText(/^0 candidates/);

		// Play runs to the end by itself, then stops.
		await page.getByRole('button', { name: '▶ Play' }).click();
		await expect
			.soft(page.getByTestId('stepper-count'))
			.toHaveText('step 3 / 3', { timeout: 5000 });
		await expect.soft(page.getByRole('button', { name: '▶ Play' })).toBeVisible();
		await expect.soft(page.getByRole('heading', { name: /^Final sequences \(2\)/ })).toBeVisible();
	});

	await test.step('editing the toy tree changes the search, and the hash keeps the edit', async () => {
		await setHash(page, '');
		await page.getByText('Edit the toy tree’s probabilities').click();
		const dog = page.getByRole('spinbutton', { name: 'Weight of “dog” after “The”' });
		await dog.fill('10');
		await dog.press('Enter');
		await expect.soft(page).toHaveURL(/toy=50,10,10,/);
		await expect.soft(page.getByTestId('greedy-verdict')).toHaveText(/same best sequence/);
		await page.reload();
		await expect.soft(page.getByTestId('greedy-verdict')).toHaveText(/same best sequence/);
		await page.getByText('Edit the toy tree’s probabilities').click();
		await page.getByRole('button', { name: 'Reset to the greedy trap' }).click();
		await expect.soft(page.getByTestId('greedy-verdict')).toHaveText(/1\.80×/);
	});

	await test.step('model mode searches the trained model; settings round-trip through the hash', async () => {
		await setHash(page, '');
		await page.getByText('Language model trained on the guide').click();
		await page.getByLabel('Prompt', { exact: true }).fill('The attention');
		await page.getByRole('slider', { name: 'Beam width k' }).fill('4');
		await page.getByRole('slider', { name: 'Length penalty α' }).fill('1');
		await expect.soft(page).toHaveURL(/mode=model&prompt=The%20attention&width=4&alpha=1/);
		await expect.soft(ranked(page)).toHaveCount(4);
		const beams = await ranked(page).allTextContents();
		expect.soft(beams[0]).toContain('mechanism');

		await page.reload();
		await expect.soft(page.getByLabel('Prompt', { exact: true })).toHaveValue('The attention');
		await expect.soft(page.getByRole('slider', { name: 'Beam width k' })).toHaveValue('4');
		await softly.poll(() => ranked(page).allTextContents()).toEqual(beams);

		await page.getByLabel('Prompt', { exact: true }).fill('');
		await expect.soft(page.getByText('The prompt is empty or ends a sentence')).toBeVisible();
		await page.getByLabel('Prompt', { exact: true }).fill('the flibbertigibbet 🙂');
		await expect.soft(page.getByText(/read as unknown: flibbertigibbet, 🙂/)).toBeVisible();
		await expect.soft(ranked(page)).toHaveCount(4);
	});

	await test.step('the tiny GPT: a search in a worker for the typed prompt; the hash round-trips', async () => {
		await setHash(page, 'mode=gpt&prompt=Beam%20search&width=2&steps=4');
		await expect.soft(ranked(page)).toHaveCount(2, { timeout: 30_000 });
		// No end token: both beams run all four steps.
		await expect.soft(page.getByTestId('stepper-count')).toHaveText('step 4 / 4');
		const beams = await ranked(page).allTextContents();
		await page.getByLabel('Prompt', { exact: true }).fill('Question: What is');
		await expect.soft(page).toHaveURL(/mode=gpt&prompt=Question:%20What%20is/);
		await softly.poll(() => ranked(page).allTextContents(), { timeout: 30_000 }).not.toEqual(beams);
		const after = await ranked(page).allTextContents();
		await page.reload();
		await expect
			.soft(page.getByRole('radio', { name: 'Tiny GPT (trained on the guide)' }))
			.toBeChecked();
		await softly.poll(() => ranked(page).allTextContents(), { timeout: 30_000 }).toEqual(after);
	});

	await test.step('the largest search (width 10 × 20 steps, no end token) draws and pans', async () => {
		await setHash(page, 'mode=model&width=10&steps=20&eos=0');
		await expect
			.soft(summary(page))
			.toHaveText(/^1910 candidates so far; at this step 10 kept, 90 pruned/);
		await expect.soft(ranked(page)).toHaveCount(10);
		await expect.soft(page.getByTestId('diversity')).toContainText('Distinct sequences');
		const svg = page.getByRole('group', { name: /^Beam search tree after step 20/ });
		const before = await svg.locator('g[transform]').first().getAttribute('transform');
		await svg.scrollIntoViewIfNeeded();
		const box = (await svg.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 60, { steps: 5 });
		await page.mouse.up();
		await expect
			.soft(svg.locator('g[transform]').first())
			.not.toHaveAttribute('transform', before!);
		await expect.soft(page.getByRole('button', { name: 'Fit' })).toBeEnabled();
		expect.soft(await candidates(page)).toBe(1910);
	});

	await test.step('out-of-range and garbage hash values are clamped or ignored, with a notice', async () => {
		const long = 'word '.repeat(2000);
		await setHash(page, `mode=model&width=99&steps=0&alpha=abc&eos=maybe&prompt=${long}`);
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect.soft(notice).toContainText('width was out of range');
		await expect.soft(notice).toContainText('steps was out of range');
		await expect.soft(notice).toContainText('alpha was unreadable');
		await expect.soft(notice).toContainText('eos was unreadable');
		await expect.soft(notice).toContainText('prompt was too long');
		await expect.soft(page.getByRole('slider', { name: 'Beam width k' })).toHaveValue('10');
		await expect.soft(page.getByRole('slider', { name: 'Max steps' })).toHaveValue('1');
		await expect.soft(page.getByLabel('Prompt', { exact: true })).toHaveValue(long.slice(0, 500));
		await expect.soft(ranked(page)).toHaveCount(10);
	});
});

test('the embed shows the same demo with the same hash', async ({ page }) => {
	await open(page, '/embed/beam-search#width=1');
	await expect(ranked(page)).toHaveCount(1);
});
