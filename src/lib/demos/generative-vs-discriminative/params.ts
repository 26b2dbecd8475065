import { topics } from '$lib/content/registry';
import type { Schema } from '$lib/state/params';
import { DATASETS, LIMIT } from './datasets';

/** Most points per class on the plane. */
export const MAX_POINTS = 60;

/** A class's moved points, x₁, y₁, x₂, y₂, …; [] means the points drawn from the dataset. */
const moved = {
	kind: 'numbers',
	default: [],
	min: -LIMIT,
	max: LIMIT,
	maxLength: 2 * MAX_POINTS
} as const;

export const schema = {
	/** The plane (question 39): the true distribution behind the points. */
	data: { kind: 'enum', default: 'outliers', values: DATASETS },
	/** The generative model's shared covariance: full (LDA) or diagonal (Gaussian naive Bayes). */
	cov: { kind: 'enum', default: 'diagonal', values: ['diagonal', 'full'] },
	/** Points per class drawn from the dataset. */
	n: { kind: 'int', default: 12, min: 2, max: MAX_POINTS },
	/** The draws: the points shown, the test set, the curve's training sets, the text split. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 },
	a: moved,
	b: moved,
	/** How many times "Generate" was pressed (0: no generated points shown). */
	g: { kind: 'int', default: 0, min: 0, max: 999 },
	/** The text preset (question 19): the two topics told apart, and training sentences per topic. */
	ta: { kind: 'enum', default: 'applications', values: topics },
	tb: { kind: 'enum', default: 'math', values: topics },
	m: { kind: 'int', default: 4, min: 1, max: 40 }
} as const satisfies Schema;
