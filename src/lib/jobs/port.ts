import type { Host, Port, Post } from './protocol';

/** On the main thread a chunk must leave room for a frame. */
const PAGE_CHUNK_MS = 8;

/** A factory with the literal `new Worker(new URL('./x.worker.ts', import.meta.url), …)`. */
export type WorkerFactory = () => Worker;

/** Starts the far end of a job or a run, answering through `post` (once its definition loads). */
export type StartHost<In> = (post: Post<unknown>, chunkMs: number) => Host<In> | Promise<Host<In>>;

/**
 * The page's end of a job or a run: a worker from `worker`, or where there is none (no factory,
 * no Worker in this environment, or one that cannot start) the far end from `startHost` on the
 * main thread, in chunks. Messages are structured-cloned either way, so both behave alike.
 */
export function openPort<In, Out>(startHost: StartHost<In>, worker?: WorkerFactory): Port<In, Out> {
	if (worker && typeof Worker !== 'undefined') {
		try {
			return workerPort(worker());
		} catch {
			// A worker that cannot be created (a security policy, say): run on the page instead.
		}
	}
	return pagePort(startHost);
}

function workerPort<In, Out>(worker: Worker): Port<In, Out> {
	const port: Port<In, Out> = {
		post: (message, transfer = []) => worker.postMessage(message, transfer),
		onmessage: null,
		onerror: null,
		close: () => worker.terminate()
	};
	worker.onmessage = (event: MessageEvent<Out>) => port.onmessage?.(event.data);
	worker.onerror = (event) => {
		event.preventDefault();
		port.onerror?.(event.message || 'The worker failed to start.');
	};
	worker.onmessageerror = () => port.onerror?.('A message from the worker could not be read.');
	return port;
}

function pagePort<In, Out>(startHost: StartHost<In>): Port<In, Out> {
	let closed = false;
	// Cloned (and transferred) when posted, delivered a little later, as a worker's would be;
	// messages to the far end wait, in order, for it to have started.
	const deliver = <T>(message: T, transfer: Transferable[], to: (message: T) => void) => {
		const copy = structuredClone(message, { transfer });
		queueMicrotask(() => {
			if (!closed) to(copy);
		});
	};
	// The far end, or undefined when its definition could not be loaded (reported once, here).
	const far = Promise.resolve(
		startHost(
			(message, transfer = []) => deliver(message as Out, transfer, (m) => port.onmessage?.(m)),
			PAGE_CHUNK_MS
		)
	).catch((error: unknown) => {
		if (!closed) port.onerror?.(error instanceof Error ? error.message : String(error));
		return undefined;
	});
	const port: Port<In, Out> = {
		post(message, transfer = []) {
			const copy = structuredClone(message, { transfer });
			void far.then((host) => {
				if (!closed) host?.receive(copy);
			});
		},
		onmessage: null,
		onerror: null,
		close() {
			closed = true;
			void far.then((host) => host?.close());
		}
	};
	return port;
}
