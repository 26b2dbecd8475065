/** Jobs and runs for the runner's own tests. */
import { createRng } from '$lib/math/rng';
import { defineJob, defineRun, type Definition } from './define';
import type { WorkerScope } from './serve';
import { serve } from './serve';

/** Sums 0..n-1, one number per yield, reporting the fraction done; counts its steps. */
export const counted = { steps: 0, finished: false };
export const sumTo = defineJob(function* (n: number, { progress }) {
	counted.steps = 0;
	counted.finished = false;
	let sum = 0;
	try {
		for (let i = 0; i < n; i++) {
			sum += i;
			counted.steps++;
			progress(i / n);
			yield;
		}
		return sum;
	} finally {
		counted.finished = true;
	}
});

/** Busy work: `n` square roots, yielding every thousand. */
export const busy = defineJob(function* (n: number) {
	let total = 0;
	for (let i = 1; i <= n; i++) {
		total += Math.sqrt(i);
		if (i % 1000 === 0) yield;
	}
	return total;
});

/** The last output of `squares`, kept to show it was moved (its buffer is detached after). */
export const kept: { output?: Float64Array } = {};
/** A plain function: the squares of its input, as a typed array inside an object. */
export const squares = defineJob((input: { values: Float64Array }) => {
	const output = input.values.map((v) => v * v);
	kept.output = output;
	return { squares: output, count: output.length };
});

export const failing = defineJob((message: string): number => {
	throw new Error(message);
});

/**
 * Fits y = a·x + b by SGD on seeded noisy samples of y = 2x + 1: the loss of each step is its
 * log, and the view is the line so far.
 */
export const lineFit = defineRun({
	init: (config: { seed: number; rate: number; steps: number; failAt?: number }) => ({
		config,
		a: 0,
		b: 0,
		step: 0
	}),
	step(state) {
		const { seed, rate, failAt } = state.config;
		if (state.step === failAt) throw new Error(`step ${failAt} failed`);
		const rng = createRng(seed * 1_000_003 + state.step);
		let gradA = 0;
		let gradB = 0;
		let loss = 0;
		const batch = 8;
		for (let i = 0; i < batch; i++) {
			const x = rng() * 2 - 1;
			const error = state.a * x + state.b - (2 * x + 1 + (rng() - 0.5) * 0.2);
			loss += (error * error) / batch;
			gradA += (2 * error * x) / batch;
			gradB += (2 * error) / batch;
		}
		return {
			state: {
				...state,
				a: state.a - rate * gradA,
				b: state.b - rate * gradB,
				step: state.step + 1
			},
			log: loss
		};
	},
	view: (state) => ({ a: state.a, b: state.b }),
	done: (state) => state.step >= state.config.steps
});

/**
 * A stand-in for `new Worker(...)` whose far end is `serve(definition)` on a MessageChannel:
 * the real protocol with real structured cloning and transfer, in Node. Close it with terminate().
 */
export function fakeWorker(definition: Definition): Worker {
	const { port1, port2 } = new MessageChannel();
	serve(definition, port2 as unknown as WorkerScope);
	const worker = {
		postMessage: (message: unknown, transfer: Transferable[] = []) =>
			port1.postMessage(message, transfer),
		set onmessage(handler: ((event: MessageEvent) => void) | null) {
			port1.onmessage = handler;
		},
		onerror: null,
		onmessageerror: null,
		terminate() {
			port1.close();
			port2.close();
		}
	};
	return worker as unknown as Worker;
}
