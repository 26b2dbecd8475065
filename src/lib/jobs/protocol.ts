/** The messages between the page and the worker (or its stand-in on the main thread). */

export type ToJob<I> = { type: 'start'; input: I };

export type FromJob<O, P> =
	{ type: 'progress'; info: P } | { type: 'done'; output: O } | { type: 'error'; message: string };

/** Every `init` starts a new epoch: updates of an older epoch are stale and dropped. */
export type ToRun<C> =
	| { type: 'init'; config: C; epoch: number }
	| { type: 'play' }
	| { type: 'pause' }
	| { type: 'step' }
	| { type: 'speed'; stepsPerSecond: number };

export type RunStatus = 'paused' | 'playing' | 'finished';

/** The logs of every step since the last update, and a view of the state now. */
export type FromRun<L, V> =
	| { type: 'update'; epoch: number; step: number; status: RunStatus; logs: L[]; view: V }
	| { type: 'error'; epoch: number; message: string };

/** The page's end of a connection: a Worker, or the same host running on the main thread. */
export interface Port<In, Out> {
	post(message: In, transfer?: Transferable[]): void;
	onmessage: ((message: Out) => void) | null;
	/** Fails the connection (a worker that did not load, say). */
	onerror: ((message: string) => void) | null;
	/** Stops whatever runs at the other end, at once. */
	close(): void;
}

/** The far end's way to answer. */
export type Post<Out> = (message: Out, transfer?: Transferable[]) => void;

/** The far end: it receives messages, and stops when closed. */
export interface Host<In> {
	receive(message: In): void;
	close(): void;
}
