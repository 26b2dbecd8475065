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

export const interactions = [
	scrub('tokenization: scrub through merges, trained on the guide in English', '/tokenization'),
	scrub(
		'tokenization: scrub through merges, trained on 100 KB of pasted text',
		'/tokenization#corpus=text',
		(page) => page.getByLabel('Text to tokenize').fill(benchText(100_000))
	),
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
