import { ACTIVATION_NAMES } from '$lib/math/activation';
import type { Schema } from '$lib/state/params';
import { X_RANGE } from './curves';

export const MAX_LAYERS = 40;

export const schema = {
	/** The activation drawn with its derivative. */
	fn: { kind: 'enum', default: 'relu', values: ACTIVATION_NAMES },
	/** Leaky ReLU's slope for x < 0 (PyTorch's negative_slope, default 0.01). */
	alpha: { kind: 'number', default: 0.01, min: 0, max: 0.5, step: 0.01 },
	/** Where the readout reads f and f′ (hovering reads elsewhere without moving it). */
	x: { kind: 'number', default: 0, min: X_RANGE[0], max: X_RANGE[1], step: 0.05 },
	layers: { kind: 'int', default: 12, min: 1, max: MAX_LAYERS },
	/** Added to every pre-activation: a bias that pushes units into ReLU's dead zone or out of it. */
	shift: { kind: 'number', default: 0, min: -3, max: 3, step: 0.1 },
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;
