// `npm run train -- --steps <n> --seed <s> [--layers <l> --width <d> --heads <h> --context <c>]
// [--out <file>]`: trains the tiny GPT (src/lib/engines/gpt; the shape defaults to its
// REFERENCE_SHAPE) on the guide in Node, with the code the browser's worker runs. Prints
// `step <n> loss <x>` per step (identical on every run for the same seed and steps), then
// `tokens/s <x>`; the held-out loss goes to stderr; --out writes the checkpoint
// (src/lib/engines/gpt/checkpoint.ts).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadLib } from './load-lib.mjs';

const { values } = parseArgs({
	options: {
		steps: { type: 'string', default: '1000' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string' },
		layers: { type: 'string' },
		width: { type: 'string' },
		heads: { type: 'string' },
		context: { type: 'string' }
	}
});
const steps = Number(values.steps);
const seed = Number(values.seed);
if (!Number.isInteger(steps) || steps < 0 || !Number.isInteger(seed)) {
	console.error('usage: npm run train -- --steps <n ≥ 0> --seed <integer> [--out <file>]');
	process.exit(2);
}

const { answerTexts } = await loadLib('content/corpus.ts');
const gpt = await loadLib('engines/gpt/index.ts');

const shape = {
	context: Number(values.context ?? gpt.REFERENCE_SHAPE.context),
	layers: Number(values.layers ?? gpt.REFERENCE_SHAPE.layers),
	dModel: Number(values.width ?? gpt.REFERENCE_SHAPE.dModel),
	heads: Number(values.heads ?? gpt.REFERENCE_SHAPE.heads)
};
const shapeProblem = gpt.configProblem({ ...shape, vocabSize: 1 });
if (shapeProblem) {
	console.error(`train: ${shapeProblem}`);
	process.exit(2);
}
const { tokens, weights } = gpt.setUpGpt(
	{ en: answerTexts('en'), zh: answerTexts('zh') },
	seed,
	shape
);
console.error(`parameters ${gpt.parameterCount(weights.config)}`);
/** How often the held-out loss is reported on stderr while training. */
const EVAL_EVERY = 100;
// Sequences as long as the context, up to the default's 64 tokens.
const trainer = new gpt.GptTrainer(weights, tokens.train, seed, {
	sequence: Math.min(shape.context, gpt.DEFAULT_TRAIN_OPTIONS.sequence)
});
let trainingMs = 0;
for (let i = 1; i <= steps; i++) {
	const started = performance.now();
	const loss = trainer.step();
	trainingMs += performance.now() - started;
	console.log(`step ${i} loss ${loss.toFixed(6)}`);
	if (i % EVAL_EVERY === 0 && i < steps) {
		console.error(
			`step ${i} held-out loss ${gpt.evaluateLoss(weights, tokens.heldOut).toFixed(6)}`
		);
	}
}
const tokensPerSecond = steps === 0 ? 0 : (steps * trainer.tokensPerStep) / (trainingMs / 1000);
console.log(`tokens/s ${Math.round(tokensPerSecond)}`);
// Measured on the weights as a checkpoint stores them, so that loading one gives it back.
gpt.roundToStored(weights);
const heldOutLoss = gpt.evaluateLoss(weights, tokens.heldOut);
console.error(`held-out loss ${heldOutLoss.toFixed(6)} over ${tokens.heldOut.length} tokens`);
if (values.out) {
	writeFileSync(
		values.out,
		gpt.encodeCheckpoint(weights, tokens.merges, { seed, steps, heldOutLoss })
	);
	console.error(`wrote ${values.out}`);
}
