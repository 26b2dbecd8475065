/**
 * Expressions that each show one thing about the chain rule, with their variables’ values in the
 * order the variables first appear (w₂ comes first in the two-layer one).
 */
export const presets = [
	/** One neuron, tanh(w·x + b), whose output a next layer scales by y. */
	{ id: 'neuron', expr: 'tanh(w*x + b) * y', vals: [0.8, 1.5, -0.5, 2] },
	/** f(g(x)) twice over: a tanh layer feeding a sigmoid layer. */
	{ id: 'twoLayers', expr: 'sigmoid(w2 * tanh(w1*x + b1) + b2)', vals: [-1.2, 0.5, 1, 0.1, 0.3] },
	/** x reaches f along two paths; its gradient is the sum of both. */
	{ id: 'shared', expr: 'x * y + tanh(x)', vals: [0.5, 2] }
] as const;
