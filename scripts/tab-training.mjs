// The tiny GPT trained in the tab, as a reader meets it: /what-is-an-llm at its reference shape,
// Play pressed, for up to a minute. Used by `npm run bench` (part "training"): the worker's
// training tokens per second, and how soon a sample holds real words of the guide.
import { loadLib } from './load-lib.mjs';

/** How long the run is watched: the "real words within 60 seconds of pressing Train". */
const WATCH_MS = 60_000;
/** A sample "has real words" when it holds this many distinct words of the guide… */
const WORDS_NEEDED = 2;
/** …of at least this many letters (short ones such as "an" or "to" come up by chance). */
const MIN_LETTERS = 4;

/** Installed before any page script: every update the training worker posts, with its time. */
function recordUpdates() {
	globalThis.__trainUpdates = [];
	globalThis.Worker = class extends globalThis.Worker {
		constructor(url, options) {
			super(url, options);
			this.addEventListener('message', ({ data }) => {
				if (data?.type === 'update') {
					globalThis.__trainUpdates.push({
						at: performance.now(),
						step: data.step,
						samples: data.logs.filter((log) => log.sample).map((log) => log.sample),
						tokensPerSecond: data.view?.tokensPerSecond
					});
				}
			});
		}
	};
}

/** The words of the guide's English answers, except the sample prompt's own. */
async function guideWords() {
	const { answerTexts } = await loadLib('content/corpus.ts');
	const { SAMPLE_PROMPT } = await loadLib('demos/what-is-an-llm/shape.ts');
	const words = (text) => text.toLowerCase().match(/[a-z]+/g) ?? [];
	const prompt = new Set(words(SAMPLE_PROMPT));
	return new Set(
		answerTexts('en')
			.flatMap(words)
			.filter((w) => w.length >= MIN_LETTERS && !prompt.has(w))
	);
}

/** The guide's words a sample holds as whole words. */
const wordsIn = (sample, guide) => [
	...new Set((sample.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => guide.has(w)))
];

export async function tabTraining(context, base) {
	const guide = await guideWords();
	const page = await context.newPage();
	await page.addInitScript(recordUpdates);
	await page.goto(`${base}/what-is-an-llm`);
	await page.locator('[data-demo-ready]').waitFor({ state: 'attached', timeout: 60_000 });
	const started = await page.evaluate(() => performance.now());
	await page
		.getByRole('group', { name: 'Training run' })
		.getByRole('button', { name: '▶ Play' })
		.click();
	await page.waitForTimeout(WATCH_MS);
	const updates = await page.evaluate(() => globalThis.__trainUpdates);
	await page.close();
	const last = updates.at(-1);
	const firstWords = updates
		.flatMap((u) => u.samples.map((sample) => ({ ...u, sample, words: wordsIn(sample, guide) })))
		.find((u) => u.words.length >= WORDS_NEEDED);
	return {
		watchedS: WATCH_MS / 1000,
		steps: last?.step ?? 0,
		tokensPerSecond: Math.round(last?.tokensPerSecond ?? 0),
		wordsAfterS: firstWords ? (firstWords.at - started) / 1000 : null,
		wordsAtStep: firstWords?.step ?? null,
		words: firstWords?.words ?? [],
		sample: firstWords?.sample ?? null
	};
}

export function printTabTraining(result) {
	const { watchedS, steps, tokensPerSecond, wordsAfterS, wordsAtStep, words, sample } = result;
	console.log(
		`\nTraining in the tab (/what-is-an-llm, reference shape, ${watchedS} s after Play):`
	);
	console.log(`  ${steps} steps, ${tokensPerSecond} training tokens/s in the worker (aim ≥ 3,000)`);
	console.log(
		wordsAfterS === null
			? `  no sample with ${WORDS_NEEDED} words of the guide (≥ ${MIN_LETTERS} letters) within ${watchedS} s`
			: `  first sample with ${WORDS_NEEDED}+ words of the guide: ${wordsAfterS.toFixed(1)} s after Play (step ${wordsAtStep}; ${words.join(', ')}): ${JSON.stringify(sample)}`
	);
}
