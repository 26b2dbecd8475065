import { grabSlider, sweepSlider } from './helpers.mjs';

const MERGES = 'Merges learned';

/** About `bytes` bytes of seeded word salad: repeats enough for BPE to find thousands of merges. */
export function benchText(bytes) {
	const words = (
		'the tokenizer splits text into tokens and learns merges of frequent pairs so that ' +
		'artificial intelligence cryptocurrency embeddings attention transformer vocabulary ' +
		'subword byte pair encoding rare words 分词 人工智能 模型 🙂'
	).split(' ');
	let seed = 1;
	const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	let text = '';
	while (new TextEncoder().encode(text).length < bytes) {
		text += words[Math.floor(next() * words.length)] + (next() < 0.1 ? '. ' : ' ');
	}
	return text;
}

/** Waits until training is over and the merges slider can be dragged. */
const trained = (page) => page.getByRole('slider', { name: MERGES }).waitFor({ timeout: 60_000 });

/** Pastes text into the text box as a reader would (a paste event, which the box catches). */
const paste = (page, text) =>
	page.getByLabel('Text to tokenize').evaluate((box, text) => {
		box.focus();
		box.select();
		const clipboardData = new DataTransfer();
		clipboardData.setData('text/plain', text);
		box.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true })
		);
	}, text);

/** Starts recording the page's long main-thread tasks (over 50 ms), read back by `longestTask`. */
const watchLongTasks = (page) =>
	page.evaluate(() => {
		globalThis.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const task of list.getEntries()) globalThis.__longTasks.push(task.duration);
		}).observe({ type: 'longtask' });
	});
/** The longest task since the last call (0 if none took over 50 ms). */
const longestTask = (page) => page.evaluate(() => Math.max(0, ...globalThis.__longTasks.splice(0)));

const scrub = (name, path, ready) => ({
	name,
	path,
	async setup(page) {
		await page.getByTestId('panel-chars').waitFor();
		await ready?.(page);
		await trained(page);
		await grabSlider(page, MERGES);
	},
	step: (page, i, count) => sweepSlider(page, MERGES, i, count),
	teardown: (page) => page.mouse.up()
});

/** The page must never freeze for more than this while a long text trains and is drawn. */
const FREEZE_BUDGET_MS = 100;
const reportFreeze = (what, ms) =>
	console.log(
		`tokenization, 1 MB: longest main-thread task ${what}: ${ms > 0 ? `${ms.toFixed(0)} ms` : 'none over 50 ms'} (budget ${FREEZE_BUDGET_MS} ms)${ms > FREEZE_BUDGET_MS ? '  OVER' : ''}`
	);

export const interactions = [
	scrub('tokenization: scrub through merges, trained on the guide in English', '/tokenization'),
	scrub(
		'tokenization: scrub through merges, trained on 100 KB of pasted text',
		'/tokenization#corpus=text',
		(page) => page.getByLabel('Text to tokenize').fill(benchText(100_000))
	),
	{
		name: 'tokenization: scrub through merges, trained on 1 MB of pasted text (worker)',
		path: '/tokenization#corpus=text',
		async setup(page) {
			await page.getByTestId('panel-chars').waitFor();
			await watchLongTasks(page);
			await paste(page, benchText(1_000_000));
			await trained(page);
			// The frame after the result arrived, and the one after that, are drawn too.
			await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
			reportFreeze('from the paste until trained and drawn', await longestTask(page));
			await grabSlider(page, MERGES);
		},
		step: (page, i, count) => sweepSlider(page, MERGES, i, count),
		async teardown(page) {
			await page.mouse.up();
			reportFreeze('while scrubbing', await longestTask(page));
		}
	},
	{
		name: 'tokenization: type into the text box (every tokenizer re-encodes)',
		path: '/tokenization',
		async setup(page) {
			await page.getByTestId('panel-chars').waitFor();
			await page.getByLabel('Text to tokenize').focus();
			await page.keyboard.press('End');
		},
		step: (page, i) => page.keyboard.type('tokenization '[i % 13])
	}
];
