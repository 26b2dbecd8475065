import { trainRun, type TrainingRun } from './training';

/** Texts longer than this (in UTF-16 units) train in a Web Worker. */
export const WORKER_MIN_LENGTH = 30_000;

export type WorkerRequest = { text: string; maxMerges: number };
export type WorkerReply =
	| { type: 'progress'; merges: number }
	| { type: 'done'; run: TrainingRun }
	| { type: 'error'; message: string };

export type TrainingStatus = 'running' | 'done' | 'cancelled' | 'failed';

/**
 * One BPE training run, on the main thread when the text is short (the result is there at
 * once) and in a Web Worker when it is long, with progress and cancel.
 */
export class TrainingJob {
	readonly text: string;
	readonly maxMerges: number;
	/** Whether it trains in a Web Worker: the text is long, and so is drawing what it learns. */
	readonly inWorker: boolean;
	status: TrainingStatus;
	/** Merges learned so far, while running. */
	progress = $state(0);
	run: TrainingRun | null;
	#worker: Worker | undefined;

	constructor(text: string, maxMerges: number) {
		this.text = text;
		this.maxMerges = maxMerges;
		this.inWorker = text.length > WORKER_MIN_LENGTH && typeof Worker !== 'undefined';
		this.run = $state.raw(this.inWorker ? null : trainRun(text, maxMerges));
		this.status = $state(this.inWorker ? 'running' : 'done');
		if (this.inWorker) this.#start();
	}

	#start() {
		// Vite bundles the worker from this exact form; the URL is never changed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const worker = new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' });
		this.#worker = worker;
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.type === 'progress') {
				this.progress = reply.merges;
				return;
			}
			if (reply.type === 'done') {
				this.run = reply.run;
				this.status = 'done';
			} else {
				this.status = 'failed';
			}
			this.#stop();
		};
		worker.onerror = () => {
			this.status = 'failed';
			this.#stop();
		};
		worker.postMessage({ text: this.text, maxMerges: this.maxMerges } satisfies WorkerRequest);
	}

	#stop() {
		this.#worker?.terminate();
		this.#worker = undefined;
	}

	/** Stops a running job; it can be started again with restart(). */
	cancel() {
		if (this.status !== 'running') return;
		this.#stop();
		this.status = 'cancelled';
	}

	restart() {
		if (this.status === 'running' || this.status === 'done') return;
		this.progress = 0;
		this.status = 'running';
		this.#start();
	}
}
