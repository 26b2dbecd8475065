import type { Page } from '@playwright/test';
import { expect, open, test } from './fixtures';

const expression = (page: Page) => page.getByRole('textbox', { name: 'Expression f =' });
const nodes = (page: Page) => page.getByTestId('graph').getByTestId('node');
/** The node box whose name (its first line) is `name`. */
const node = (page: Page, name: string) =>
	nodes(page).filter({ has: page.locator('.name', { hasText: new RegExp(`^${name}$`) }) });
const check = (page: Page, variable: string) =>
	page.getByTestId('check-row').filter({ hasText: `∂f/∂${variable}` });

test('typing an expression redraws the graph and the hash, carries values by name; a reload restores it', async ({
	page
}) => {
	await open(page, '/chain-rule');
	await expect(nodes(page)).toHaveCount(8);
	// tanh(0.8·1.5 − 0.5)·2: ∂f/∂w = y·(1 − tanh²(0.7))·x, the same three ways.
	const w = check(page, 'w');
	await expect(w.getByTestId('backprop')).toHaveText('1.904');
	await expect(w.getByTestId('fd')).toHaveText('1.904');
	await expect(w.getByTestId('engine')).toHaveText('1.904');

	await expression(page).fill('x * y + tanh(x)');
	await expect(page).toHaveURL(/#expr=x(\+|%20)\*(\+|%20)y.*&vals=1\.5,2/);
	await expect(nodes(page)).toHaveCount(5);
	await expect(page.getByRole('spinbutton', { name: 'Value of x' })).toHaveValue('1.5');
	// x reaches f twice: ∂f/∂x = y + 1 − tanh²(x) = 2 + 0.1807. The check table follows once
	// typing rests (dimmed until then), with the engine's answer as well.
	await expect(check(page, 'x').getByTestId('backprop')).toHaveText('2.181');
	await expect(check(page, 'x').getByTestId('engine')).toHaveText('2.181');
	await expect(page.getByTestId('check')).not.toHaveClass(/demo-moving/);
	await expect(node(page, 'x').getByTestId('node-grad')).toHaveText('∂ 2.181');
	// A box first made by typing (here v₂, a variable's place before) is drawn as the first were.
	await expect(node(page, 'v₂').locator('rect')).toBeVisible();

	await page.reload();
	await expect(expression(page)).toHaveValue('x * y + tanh(x)');
	await expect(nodes(page)).toHaveCount(5);
	await expect(check(page, 'x').getByTestId('backprop')).toHaveText('2.181');
});

test('steps live in the URL: the backward pass adds both paths; bad input gets a message', async ({
	page
}) => {
	await open(page, '/chain-rule#expr=x*y%2Btanh(x)&vals=0.5,2&step=6');
	const note = page.getByTestId('step-note');
	// Step 6: only the tanh path has reached x so far.
	await expect(node(page, 'x').getByTestId('node-grad')).toHaveText('∂ 0.7864');
	await expect(node(page, 'y').getByTestId('node-grad')).toHaveCount(0);
	await page.getByRole('button', { name: 'Step ▶' }).click();
	await expect(page).toHaveURL(/step=7/);
	await expect(node(page, 'x').getByTestId('node-grad')).toHaveText('∂ 2.786');
	await expect(note).toContainText('already held 0.7864 from another path');
	await page.getByRole('button', { name: 'Reset' }).click();
	await expect(page).toHaveURL(/step=0/);
	await expect(node(page, 'f').getByTestId('node-value')).toHaveText('?');

	const error = page.getByTestId('parse-error');
	await expression(page).fill('2x + 1');
	await expect(error).toContainText('character 2');
	await expect(error.locator('mark')).toHaveText('x');
	await expression(page).fill('softplus(x)');
	await expect(error).toContainText('Known functions: tanh, sigmoid, relu');
	await expression(page).fill('x+'.repeat(500) + 'x');
	await expect(error).toContainText('more than 100 nodes');
	await expression(page).fill('1/0 * x');
	await expect(page.getByTestId('domain-issue')).toContainText('1 / 0 = Infinity');

	// A megabyte pasted is refused with its size, and the expression stays as it was.
	await expression(page).evaluate((box: HTMLTextAreaElement) => {
		box.focus();
		box.select();
		const clipboardData = new DataTransfer();
		clipboardData.setData('text/plain', 'x+'.repeat(2 ** 19));
		box.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true })
		);
	});
	await expect(page.getByText('The pasted text has 1,048,576 characters')).toBeVisible();
	await expect(expression(page)).toHaveValue('1/0 * x');
});
