import { untrack } from 'svelte';
import type { Deferred, Run } from './define';
import type { WorkerFactory } from './port';
import type { RunStatus } from './protocol';
import { openRun, type RunClient } from './run-client';
import { sameData } from './same-data';

export type PlayerStatus = 'starting' | RunStatus | 'failed';

/**
 * A run for a component: create it in the component's script, and it starts (in the worker
 * from `worker`, or on the page) when the component mounts, starts over paused whenever the
 * config read by `config()` changes, and stops when the component is destroyed. Its fields are
 * what the page draws; they change at most about 30 times a second.
 */
export class RunPlayer<C, S, L, V> {
	status = $state<PlayerStatus>('starting');
	/** Steps taken since the start. */
	step = $state(0);
	/** Every step's log, in order (replaced, never mutated). */
	logs = $state.raw<L[]>([]);
	/** The latest view of the state. */
	view = $state.raw<V>();
	/** Why the run failed, when it did. */
	error = $state<string>();
	#stepsPerSecond = $state(Infinity);
	#client: RunClient<C> | undefined;
	#config: C | undefined;
	#pausedOffScreen = false;
	/** Whether the run's worker has been asked for (at once, or with startOnPlay at the first play). */
	#opened = $state(true);
	/** A restart waiting for the config to rest (restartAfterRest): a play or a step does it first. */
	#restart: (() => void) | undefined;
	/** What the reader asked for before the worker opened (play or a step). */
	#pending: (() => void) | undefined;

	constructor(
		run: Deferred<Run<C, S, L, V>>,
		config: () => C,
		options: {
			worker?: WorkerFactory;
			stepsPerSecond?: number;
			/**
			 * Start over only once the config has rested this many ms (a dragged slider restarts the
			 * run once, not at every step); the first config starts at once, and so does a waiting
			 * one when the reader plays or steps.
			 */
			restartAfterRest?: number;
			/**
			 * Load the run's code and worker only at the first play or step, not when the component
			 * mounts: a heavy trainer stays out of the page's first load. Until then the run stands
			 * paused at step 0, with no view.
			 */
			startOnPlay?: boolean;
		} = {}
	) {
		this.#stepsPerSecond = options.stepsPerSecond ?? Infinity;
		if (options.startOnPlay) {
			this.#opened = false;
			this.status = 'paused';
		}
		$effect(() => {
			if (!this.#opened) return;
			const client = openRun(run, {
				worker: options.worker,
				stepsPerSecond: untrack(() => this.#stepsPerSecond),
				onUpdate: (update) => {
					this.status = update.status;
					this.step = update.step;
					this.view = update.view;
					if (update.fresh) this.logs = update.logs;
					else if (update.logs.length > 0) this.logs = this.logs.concat(update.logs);
				},
				onError: (message) => {
					this.status = 'failed';
					this.error = message;
				}
			});
			this.#client = client;
			const config = untrack(() => this.#config);
			if (config !== undefined) client.start(config);
			this.#pending?.();
			this.#pending = undefined;
			return () => {
				client.close();
				this.#client = undefined;
			};
		});
		$effect(() => {
			// A snapshot: a config made of $state proxies could not be posted to a worker.
			const snapshot = $state.snapshot(config()) as C;
			const start = () => {
				this.#restart = undefined;
				this.#config = snapshot;
				this.#client?.start(snapshot);
			};
			// Read again but unchanged (another parameter of the page moved): the run goes on.
			if (this.#config !== undefined && sameData(snapshot, this.#config)) return;
			if (!options.restartAfterRest || this.#config === undefined) return start();
			const timer = setTimeout(start, options.restartAfterRest);
			const now = () => {
				clearTimeout(timer);
				start();
			};
			this.#restart = now;
			return () => {
				clearTimeout(timer);
				if (this.#restart === now) this.#restart = undefined;
			};
		});
	}

	/** Opens the worker first if the run waits for its first play (startOnPlay). */
	#whenOpen(action: () => void) {
		this.#restart?.();
		if (this.#opened) return action();
		this.#pending = action;
		this.status = 'starting';
		this.#opened = true;
	}

	play() {
		this.#whenOpen(() => this.#client?.play());
	}
	pause() {
		this.#client?.pause();
	}
	/** One step, when paused. */
	stepOnce() {
		this.#whenOpen(() => this.#client?.step());
	}
	/**
	 * For `inView`: a run playing off screen pauses, and goes on when it comes back into view
	 * (a run the reader paused stays paused).
	 */
	visible(shown: boolean) {
		if (!shown && this.status === 'playing') {
			this.pause();
			this.#pausedOffScreen = true;
		} else if (shown && this.#pausedOffScreen) {
			this.#pausedOffScreen = false;
			if (this.status === 'paused') this.play();
		}
	}
	/** Back to step 0 with the same config, paused. */
	reset() {
		if (this.#config !== undefined) this.#client?.start(this.#config);
	}

	/** Pacing; Infinity steps as fast as the machine allows. */
	get stepsPerSecond() {
		return this.#stepsPerSecond;
	}
	set stepsPerSecond(value: number) {
		this.#stepsPerSecond = value;
		this.#client?.speed(value);
	}
}
