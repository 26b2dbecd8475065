import type { Schema } from '$lib/state/params';
import { MAX_OUTCOMES, presets, WEIGHT_MAX } from './distributions';

const weights = (values: readonly number[]) =>
	({ kind: 'numbers', default: values, min: 0, max: WEIGHT_MAX, maxLength: MAX_OUTCOMES }) as const;

export const schema = {
	/** Weights of P and Q per outcome (divided by their sums). */
	p: weights(presets[0].p),
	q: weights(presets[0].q),
	unit: { kind: 'enum', default: 'nats', values: ['nats', 'bits'] },
	/** The Gaussian fit: distance between the target's two peaks, the left peak's weight. */
	separation: { kind: 'number', default: 5, min: 0, max: 6, step: 0.1 },
	weight: { kind: 'number', default: 0.5, min: 0.2, max: 0.8, step: 0.05 },
	/** Adam's learning rate and the seed of the fit's starting point. */
	lr: { kind: 'number', default: 0.05, min: 0.005, max: 0.2, step: 0.005 },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;
