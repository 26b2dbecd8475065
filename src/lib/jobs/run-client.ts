import { withDefinition, type Deferred, type Run } from './define';
import { openPort, type WorkerFactory } from './port';
import { hostRun } from './run-host';
import type { FromRun, RunStatus, ToRun } from './protocol';

export interface RunUpdate<L, V> {
	step: number;
	status: RunStatus;
	/** The log of every step since the previous update, in order. */
	logs: L[];
	view: V;
	/** The first update after `start`: the logs start over. */
	fresh: boolean;
}

export interface RunClientOptions<L, V> {
	/** Runs in this worker; without one (or without Worker) it runs on the page in chunks. */
	worker?: WorkerFactory;
	/** Pacing; Infinity (the default) steps as fast as the machine allows. */
	stepsPerSecond?: number;
	onUpdate(update: RunUpdate<L, V>): void;
	onError(message: string): void;
}

export interface RunClient<C> {
	/** (Re)starts the run from `init(config)`, paused at step 0; older updates are dropped. */
	start(config: C): void;
	play(): void;
	pause(): void;
	/** One step, when paused. */
	step(): void;
	speed(stepsPerSecond: number): void;
	/** Stops the run and its worker for good. */
	close(): void;
}

/** Drives a run in a worker (or on the page; a loader of the run is welcome) and hears its updates; plain TypeScript. */
export function openRun<C, S, L, V>(
	run: Deferred<Run<C, S, L, V>>,
	{ worker, stepsPerSecond = Infinity, onUpdate, onError }: RunClientOptions<L, V>
): RunClient<C> {
	const port = openPort<ToRun<C>, FromRun<L, V>>(
		(post, chunkMs) => withDefinition(run, (loaded) => hostRun(loaded, post, chunkMs)),
		worker
	);
	let epoch = 0;
	let heard = -1;
	port.onmessage = (message) => {
		if (message.epoch !== epoch) return;
		if (message.type === 'error') return onError(message.message);
		const { step, status, logs, view } = message;
		onUpdate({ step, status, logs, view, fresh: heard !== epoch });
		heard = epoch;
	};
	port.onerror = onError;
	port.post({ type: 'speed', stepsPerSecond });
	return {
		start: (config) => port.post({ type: 'init', config, epoch: ++epoch }),
		play: () => port.post({ type: 'play' }),
		pause: () => port.post({ type: 'pause' }),
		step: () => port.post({ type: 'step' }),
		speed: (stepsPerSecond) => port.post({ type: 'speed', stepsPerSecond }),
		close: () => port.close()
	};
}
