/**
 * The tiny GPT (src/lib/engines/gpt) in Node's V8: training tokens per second for the reference
 * shape (the code `npm run train` and the browser's worker run), and the time of one forward pass
 * for a next-token distribution over a full context. Prints a table and one `BENCH_JSON {...}` line.
 */
import { test } from 'vitest';
import { answerTexts } from '../../src/lib/content/corpus';
import { GptTrainer, nextTokenLogits, setUpGpt } from '../../src/lib/engines/gpt';

const STEPS = 20;
const ROUNDS = 3;

test('gpt: training tokens per second and the forward pass', () => {
	const setup = () => setUpGpt({ en: answerTexts('en'), zh: answerTexts('zh') }, 1);
	let best = Infinity;
	let tokensPerStep = 0;
	for (let r = 0; r < ROUNDS; r++) {
		const { tokens, weights } = setup();
		const trainer = new GptTrainer(weights, tokens.train, 1);
		trainer.step(); // warm-up: the first step compiles the kernels
		const t0 = performance.now();
		for (let k = 0; k < STEPS; k++) trainer.step();
		best = Math.min(best, performance.now() - t0);
		tokensPerStep = trainer.tokensPerStep;
	}
	const tokensPerSecond = (STEPS * tokensPerStep) / (best / 1000);

	const { tokens, weights } = setup();
	const prompt = Array.from(tokens.heldOut.subarray(0, weights.config.context));
	let forwardMs = Infinity;
	for (let r = 0; r < ROUNDS * 5; r++) {
		const t0 = performance.now();
		nextTokenLogits(weights, prompt);
		forwardMs = Math.min(forwardMs, performance.now() - t0);
	}
	console.log(
		[
			`the tiny GPT (reference shape, best of ${ROUNDS} rounds of ${STEPS} steps)`,
			`training: ${Math.round(tokensPerSecond)} tokens/s (${tokensPerStep} tokens a step; aim ≥ 3,000)`,
			`one next-token distribution over ${prompt.length} tokens: ${forwardMs.toFixed(2)} ms`
		].join('\n')
	);
	console.log(
		`BENCH_JSON ${JSON.stringify({
			gptTrainTokensPerSecond: Math.round(tokensPerSecond),
			gptForwardMs: +forwardMs.toFixed(2)
		})}`
	);
});
