import { runJob } from '$lib/jobs';
import type { BiasMeasures } from './bias.job';
import type { CorpusOptions } from './corpus';

// Vite bundles the worker from this literal form.
const startWorker = () =>
	new Worker(new URL('./bias.worker.ts', import.meta.url), { type: 'module' });

const KEEP = 8;
/** A new setting waits this long for the slider to settle before a run starts. */
const SETTLE_MS = 120;

/**
 * The measures of the corpus settings the page asks for, trained in a worker one setting at a
 * time: a run starts once the setting has held still for a moment, and while one is busy only the
 * newest setting asked for waits its turn. So a slider drag costs a run or two, not one per pixel,
 * and never several workers at once (on a small machine, workers racing each other would slow the
 * page's own thread too). Finished settings are kept, so going back to one is instant.
 */
export class MeasuresQueue {
	/** The most recent result to arrive (what to draw while the asked-for setting trains). */
	latest = $state.raw<BiasMeasures>();
	busy = $state(false);
	error = $state<string>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache: `latest` is what signals
	#done = new Map<string, BiasMeasures>();
	#wanted: CorpusOptions | undefined;
	#running = false;
	#stopped = false;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * The measures for `input` if they are in, else the latest ones; asks for `input` to be trained.
	 * Safe inside `$derived`: it writes no state now, only in the run it schedules.
	 */
	show(input: CorpusOptions): BiasMeasures | undefined {
		const latest = this.latest;
		const done = this.#done.get(JSON.stringify(input));
		if (done) {
			this.#wanted = undefined;
			return done;
		}
		this.#wanted = input;
		if (!this.#running) {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#next(), latest ? SETTLE_MS : 0);
		}
		return latest;
	}

	async #next() {
		const input = this.#wanted;
		this.#wanted = undefined;
		if (!input || this.#stopped || this.#done.has(JSON.stringify(input))) {
			this.#running = false;
			this.busy = false;
			return;
		}
		this.#running = true;
		this.busy = true;
		try {
			// A loader: the worker bundles the training, so the page fetches it only without workers.
			const out = await runJob(() => import('./bias.job').then((m) => m.biasMeasures), input, {
				worker: startWorker
			});
			this.#done.set(JSON.stringify(input), out);
			for (const key of this.#done.keys()) {
				if (this.#done.size <= KEEP) break;
				this.#done.delete(key);
			}
			this.error = undefined;
			this.latest = out;
		} catch (error) {
			this.error = String((error as Error)?.message ?? error);
		}
		this.#next();
	}

	/** Stops asking for new runs (when the demo goes away; a run under way finishes alone). */
	stop() {
		this.#stopped = true;
		clearTimeout(this.#timer);
	}
}
