import { guideAnswers } from '$lib/content/guide-text';
import { gptReader, loadReferenceBytes } from '$lib/engines/gpt';
import { JobTaskCache, runJob } from '$lib/jobs';
import { charContinuation } from './char-continuation.job';
import { fairSplit } from './fair-split';
import type { HeldOutBits } from './held-out-bits.job';
import { charContinuationWorker, gptReaderWorker, heldOutBitsWorker } from './workers';

/** How much each model writes after the prompt. */
export const GPT_TOKENS = 40;
export const NGRAM_CHARS = 80;

/**
 * The tiny GPT's side of the page, loaded only once the n-gram part is drawn (this module, the
 * checkpoint and the workers stay out of the first load): its held-out scores, measured once per
 * page load, and continuations of the prompt by it and by a character n-gram model.
 */
class GptComparison {
	/** What the jobs read: the checkpoint's bytes and the GPT's training text, once loaded. */
	inputs = $state.raw<{ checkpoint: Uint8Array; train: string }>();
	heldOut = $state.raw<HeldOutBits>();
	progress = $state(0);
	error = $state<string>();
	#started = false;
	#gpt = new JobTaskCache(gptReader, {
		worker: gptReaderWorker,
		keep: 4
	});
	#ngram = new JobTaskCache(charContinuation, {
		worker: charContinuationWorker,
		keep: 4
	});

	/** Loads the checkpoint and the guide, then measures every model in a worker (once). */
	start() {
		if (this.#started) return;
		this.#started = true;
		this.error = undefined;
		Promise.all([loadReferenceBytes(), guideAnswers()])
			.then(([checkpoint, answers]) => {
				this.inputs = { checkpoint, train: fairSplit(answers).train };
				return runJob(
					() => import('./held-out-bits.job').then((m) => m.heldOutBits),
					{ checkpoint, answers },
					{
						worker: heldOutBitsWorker,
						onProgress: (p) => (this.progress = p)
					}
				);
			})
			.then(
				(output) => (this.heldOut = output),
				(error: Error) => {
					this.error = error.message;
					this.#started = false;
				}
			);
	}

	/** Both continuations of the prompt, each started once the prompt has settled. */
	continuations(prompt: string, n: number, seed: number) {
		const inputs = this.inputs;
		if (!inputs) return undefined;
		return {
			gpt: this.#gpt.settled(`${seed}:${prompt}`, () => ({
				checkpoint: inputs.checkpoint,
				prompts: [prompt],
				maxTokens: GPT_TOKENS,
				seed,
				sampling: { temperature: 1 }
			})),
			ngram: this.#ngram.settled(`${n}:${seed}:${prompt}`, () => ({
				train: inputs.train,
				prompt,
				n,
				length: NGRAM_CHARS,
				seed
			}))
		};
	}
}

export type { GptComparison };
export type Continuations = NonNullable<ReturnType<GptComparison['continuations']>>;

export const comparison = new GptComparison();
