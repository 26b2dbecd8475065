/** What a job's body may use besides its input. */
export interface JobContext<P> {
	/** Reports progress; the runner passes on at most about 30 reports a second. */
	progress(info: P): void;
}

/**
 * A job's body: a pure function of its input. Written as a generator, every `yield` is a point
 * where the runner may let the page breathe (on the main thread) or stop the job (cancel).
 */
export type JobBody<I, O, P> = (
	input: I,
	context: JobContext<P>
) => O | Generator<void, O, undefined>;

/** A one-shot job: input in, output out, with progress reports of type P on the way. */
export interface Job<I, O, P = number> {
	readonly kind: 'job';
	readonly body: JobBody<I, O, P>;
}

/** One training step's result: the next state, and what it logs (a loss, say). */
export interface StepResult<S, L> {
	state: S;
	log: L;
}

/**
 * A training run: a pure, seeded state machine. The same config gives the same logs, step for
 * step, wherever and however fast it runs.
 */
export interface RunDefinition<C, S, L, V> {
	/** The state before the first step. Randomness comes only from a seed in the config. */
	init(config: C): S;
	/** One step; keep it to a few milliseconds, the runner batches steps into chunks. */
	step(state: S): StepResult<S, L>;
	/** What the page draws of a state: sent at most about 30 times a second, so keep it small. */
	view(state: S): V;
	/** Whether the run has nothing left to do (a step budget reached, say). */
	done?(state: S): boolean;
}

export interface Run<C, S, L, V> extends RunDefinition<C, S, L, V> {
	readonly kind: 'run';
}

/**
 * A job or run, or a loader of one (`() => import('./x.job').then((m) => m.x)`). A page that runs
 * it in a worker passes a loader, so the definition's code is fetched only where there is no
 * worker and it must run on the page: the worker bundles its own copy.
 */
export type Deferred<D> = D | (() => Promise<D>);

/** Starts what `start` makes of a definition, loading the definition first if it is deferred. */
export function withDefinition<D extends Definition, T>(
	definition: Deferred<D>,
	start: (definition: D) => T
): T | Promise<T> {
	return typeof definition === 'function' ? definition().then(start) : start(definition);
}

/** Any job or run, as the machinery that only passes them on sees them. */
export type Definition = Job<never, unknown, never> | Run<never, unknown, unknown, unknown>;

/** Whether a job's body returned a generator (to be run in chunks) rather than its output. */
export function isGenerator<O>(value: unknown): value is Generator<void, O, undefined> {
	return Object.prototype.toString.call(value) === '[object Generator]';
}

/** Defines a job once, for both the worker (serve) and the page (runJob, JobTask). */
export function defineJob<I, O, P = number>(body: JobBody<I, O, P>): Job<I, O, P> {
	return { kind: 'job', body };
}

/** Defines a run once, for both the worker (serve) and the page (RunPlayer). */
export function defineRun<C, S, L, V>(definition: RunDefinition<C, S, L, V>): Run<C, S, L, V> {
	return { kind: 'run', ...definition };
}
