import { grabSlider, sweepSlider } from './helpers.mjs';

const DEPTH = 'Hidden layers (depth)';
const RHO = 'Spectral radius ρ(W)';

export const interactions = [
	{
		name: 'vanishing-gradients: drag the depth across 1–50 (a 16-wide stack with residual + layer norm built, run forward and backward on 32 points, redrawn)',
		path: '/vanishing-gradients#res=1&norm=1',
		async setup(page) {
			await grabSlider(page, DEPTH);
		},
		step: (page, i, count) => sweepSlider(page, DEPTH, i, count),
		teardown: (page) => page.mouse.up()
	},
	{
		name: 'vanishing-gradients: drag ρ(W) at T = 100 (RNN states, 101 Jacobians and their norms)',
		path: '/vanishing-gradients#len=100&sigma=0.5',
		async setup(page) {
			await grabSlider(page, RHO);
		},
		step: (page, i, count) => sweepSlider(page, RHO, i, count),
		teardown: (page) => page.mouse.up()
	}
];
