import type { Schema } from '$lib/state/params';

/** The largest polynomial degree on the slider and in the error-against-degree sweep. */
export const MAX_DEGREE = 20;
/** How many seeded resamples of the training set are refitted to show the fit's variance. */
export const RESAMPLES = 8;
/** The MLP's run ends this many epochs after its best validation loss when early stopping is on. */
export const PATIENCE = 150;
/** The MLP's curve is drawn at this many steps along [−1, 1]. */
export const CURVE_STEPS = 120;
/** λ sliders span 10⁻⁷ … 1 on a log scale; their far left is λ = 0. */
export const LAMBDA_LOG_MIN = -7;

export const schema = {
	/** Seeds the samples, the resamples, the network and its dropout masks, and the random features. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	/** Training-set size n. */
	n: { kind: 'int', default: 15, min: 4, max: 40 },
	/** Standard deviation of the noise added to sin(πx). */
	noise: { kind: 'number', default: 0.3, min: 0, max: 1, step: 0.05 },
	degree: { kind: 'int', default: 3, min: 0, max: MAX_DEGREE },
	/** The polynomial's ridge (L2) penalty λ. */
	lambda: { kind: 'number', default: 0, min: 0, max: 1 },
	resamples: { kind: 'bool', default: true },
	/** The MLP's L2 penalty λ (weight decay), dropout rate, early stopping and epoch budget. */
	decay: { kind: 'number', default: 0, min: 0, max: 1 },
	dropout: { kind: 'number', default: 0, min: 0, max: 0.5, step: 0.05 },
	early: { kind: 'bool', default: false },
	epochs: { kind: 'int', default: 2000, min: 200, max: 5000, step: 100 },
	/** The number of random features p of the double-descent fit drawn. */
	width: { kind: 'int', default: 80, min: 1, max: 400 }
} as const satisfies Schema;

type Setting = {
	degree: number;
	lambda: number;
	decay: number;
	dropout: number;
	early: boolean;
	width: number;
};

/** The classic cases, one button each (all with n = 15 and noise 0.3). */
export const PRESET_DATA = { n: 15, noise: 0.3 };
export const PRESETS = [
	{ id: 'underfit', degree: 1, lambda: 0, decay: 0, dropout: 0, early: false, width: 80 },
	{ id: 'good', degree: 3, lambda: 0, decay: 0, dropout: 0, early: false, width: 80 },
	{ id: 'overfit', degree: 14, lambda: 0, decay: 0, dropout: 0, early: false, width: 80 },
	{
		id: 'regularised',
		degree: 14,
		lambda: 1e-4,
		decay: 0.001,
		dropout: 0,
		early: false,
		width: 80
	},
	{ id: 'double', degree: 14, lambda: 0, decay: 0, dropout: 0, early: false, width: 15 }
] as const satisfies readonly ({ id: string } & Setting)[];
