// Training in the tab, as a reader meets it. Used by `npm run bench` (part "training"):
// - /what-is-an-llm at its reference shape, Play pressed, for up to a minute: the worker's
//   training tokens per second, and how soon a sample holds real words of the guide;
// - the same worker at the reference batch (the 512 tokens a step that Node's gpt.bench times),
//   so that the tab's speed and Node's compare like for like;
// - /seq2seq's "Train from scratch", Play pressed: how soon the test accuracy is high.
import { loadLib } from './load-lib.mjs';

/** How long the run is watched: the "real words within 60 seconds of pressing Train". */
const WATCH_MS = 60_000;
/** A sample "has real words" when it holds this many distinct words of the guide… */
const WORDS_NEEDED = 2;
/** …of at least this many letters (short ones such as "an" or "to" come up by chance). */
const MIN_LETTERS = 4;
/** The reference batch: 8 sequences of the reference context, 64 (GptTrainer's defaults). */
const REFERENCE_TOKENS_PER_STEP = 512;
/** Steps of the reference-batch run (the first, which compiles the kernels, is timed too). */
const REFERENCE_STEPS = 40;
/** /seq2seq's run: "high accuracy" is this share of the test set, watched for up to two minutes. */
const SEQ2SEQ_HIGH = 0.95;
const SEQ2SEQ_WATCH_MS = 120_000;

/**
 * Installed before any page script: every worker's URL, and every update a worker posts with its
 * time, its samples, its accuracies and its speed.
 */
function recordUpdates() {
	globalThis.__trainUpdates = [];
	globalThis.__workerUrls = [];
	globalThis.Worker = class extends globalThis.Worker {
		constructor(url, options) {
			super(url, options);
			globalThis.__workerUrls.push(String(url));
			this.addEventListener('message', ({ data }) => {
				if (data?.type === 'update') {
					const first = data.step - data.logs.length + 1;
					globalThis.__trainUpdates.push({
						at: performance.now(),
						step: data.step,
						samples: data.logs.filter((log) => log.sample).map((log) => log.sample),
						accuracies: data.logs.flatMap((log, i) =>
							typeof log.accuracy === 'number' ? [{ step: first + i, accuracy: log.accuracy }] : []
						),
						tokensPerSecond: data.view?.tokensPerSecond
					});
				}
			});
		}
	};
}

/** Opens a page with the recorder, waits for its demo, presses Play in the run named `run`. */
async function pressPlay(context, url, run) {
	const page = await context.newPage();
	await page.addInitScript(recordUpdates);
	await page.goto(url);
	await page.locator('[data-demo-ready]').waitFor({ state: 'attached', timeout: 60_000 });
	// A run that loads near its section (/seq2seq's) is brought near first.
	const heading = page.getByRole('heading', { name: run, exact: true });
	if (await heading.count()) await heading.first().scrollIntoViewIfNeeded();
	const play = page.getByRole('group', { name: run }).getByRole('button', { name: '▶ Play' });
	await play.waitFor({ timeout: 60_000 });
	const started = await page.evaluate(() => performance.now());
	await play.click();
	return { page, started };
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

/**
 * The page's training worker, on a page of its own and alone, at the reference batch: its training
 * tokens per second over REFERENCE_STEPS steps.
 */
async function referenceBatchSpeed(context, base, workerUrl) {
	const { REFERENCE_SHAPE } = await loadLib('engines/gpt/config.ts');
	const shape = {
		layers: REFERENCE_SHAPE.layers,
		width: REFERENCE_SHAPE.dModel,
		heads: REFERENCE_SHAPE.heads,
		context: REFERENCE_SHAPE.context
	};
	const page = await context.newPage();
	await page.goto(base);
	const tokensPerSecond = await page.evaluate(
		({ url, shape, tokensPerStep, steps }) => {
			const config = { seed: 1, ...shape, steps, tokensPerStep };
			return new Promise((resolve, reject) => {
				const worker = new Worker(url, { type: 'module' });
				worker.onerror = () => reject(new Error('the training worker did not load'));
				worker.onmessage = ({ data }) => {
					if (data.type === 'error') reject(new Error(data.message));
					if (data.type === 'update' && data.status === 'finished') {
						worker.terminate();
						resolve(data.view.tokensPerSecond);
					}
				};
				worker.postMessage({ type: 'init', config, epoch: 0 });
				worker.postMessage({ type: 'play' });
			});
		},
		{ url: workerUrl, shape, tokensPerStep: REFERENCE_TOKENS_PER_STEP, steps: REFERENCE_STEPS }
	);
	await page.close();
	return tokensPerSecond;
}

export async function tabTraining(context, base) {
	const guide = await guideWords();
	const { page, started } = await pressPlay(context, `${base}/what-is-an-llm`, 'Training run');
	await page.waitForTimeout(WATCH_MS);
	const updates = await page.evaluate(() => globalThis.__trainUpdates);
	const workerUrl = await page.evaluate(() =>
		globalThis.__workerUrls.find((url) => url.includes('train.worker'))
	);
	await page.close();
	const referenceTokensPerSecond = await referenceBatchSpeed(context, base, workerUrl);
	const last = updates.at(-1);
	const firstWords = updates
		.flatMap((u) => u.samples.map((sample) => ({ ...u, sample, words: wordsIn(sample, guide) })))
		.find((u) => u.words.length >= WORDS_NEEDED);
	return {
		watchedS: WATCH_MS / 1000,
		steps: last?.step ?? 0,
		tokensPerSecond: Math.round(last?.tokensPerSecond ?? 0),
		referenceTokensPerSecond: Math.round(referenceTokensPerSecond),
		wordsAfterS: firstWords ? (firstWords.at - started) / 1000 : null,
		wordsAtStep: firstWords?.step ?? null,
		words: firstWords?.words ?? [],
		sample: firstWords?.sample ?? null,
		seq2seq: await seq2seqTraining(context, base)
	};
}

/** /seq2seq's "Train from scratch" from the default seed: when the test accuracy first is high. */
async function seq2seqTraining(context, base) {
	const { page, started } = await pressPlay(context, `${base}/seq2seq`, 'Train from scratch');
	const high = (share) =>
		globalThis.__trainUpdates.some((u) => u.accuracies.some((a) => a.accuracy >= share));
	await page.waitForFunction(high, SEQ2SEQ_HIGH, { timeout: SEQ2SEQ_WATCH_MS }).catch(() => {});
	const updates = await page.evaluate(() => globalThis.__trainUpdates);
	await page.close();
	const measured = updates.flatMap((u) => u.accuracies.map((a) => ({ ...a, at: u.at })));
	const reached = measured.find((a) => a.accuracy >= SEQ2SEQ_HIGH);
	return {
		watchedS: SEQ2SEQ_WATCH_MS / 1000,
		highAfterS: reached ? (reached.at - started) / 1000 : null,
		highAtStep: reached?.step ?? null,
		accuracies: measured.map((a) => `${a.step}: ${(100 * a.accuracy).toFixed(1)}%`)
	};
}

export function printTabTraining(result) {
	const { watchedS, steps, tokensPerSecond, referenceTokensPerSecond } = result;
	const { wordsAfterS, wordsAtStep, words, sample, seq2seq } = result;
	console.log(
		`\nTraining in the tab (/what-is-an-llm, reference shape, ${watchedS} s after Play):`
	);
	console.log(
		`  ${steps} steps, ${tokensPerSecond} training tokens/s in the worker at the tab's batch`
	);
	console.log(
		`  the same worker at the reference batch (${REFERENCE_TOKENS_PER_STEP} tokens a step, ${REFERENCE_STEPS} steps): ${referenceTokensPerSecond} tokens/s (aim ≥ 3,000)`
	);
	console.log(
		wordsAfterS === null
			? `  no sample with ${WORDS_NEEDED} words of the guide (≥ ${MIN_LETTERS} letters) within ${watchedS} s`
			: `  first sample with ${WORDS_NEEDED}+ words of the guide: ${wordsAfterS.toFixed(1)} s after Play (step ${wordsAtStep}; ${words.join(', ')}): ${JSON.stringify(sample)}`
	);
	const high = `${100 * SEQ2SEQ_HIGH}%`;
	console.log(`\nTraining in the tab (/seq2seq, train from scratch, attention on):`);
	console.log(
		seq2seq.highAfterS === null
			? `  test accuracy not ${high} within ${seq2seq.watchedS} s`
			: `  test accuracy ≥ ${high} ${seq2seq.highAfterS.toFixed(1)} s after Play (step ${seq2seq.highAtStep})`
	);
	console.log(`  measured: ${seq2seq.accuracies.join(', ')}`);
}
