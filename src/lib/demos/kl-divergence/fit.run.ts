/**
 * The Gaussian fits as a training run: two fits from the same seeded start, one descending the
 * forward KL, one the reverse KL, each with its own Adam, stepped together.
 */
import { defineRun } from '$lib/jobs';
import { Adam, Tensor } from '$lib/math/autodiff';
import { createRng } from '$lib/math/rng';
import { klLoss, mixtureLogProbs, type Direction } from './gaussian-fit';

export type FitConfig = {
	seed: number;
	lr: number;
	separation: number;
	weight: number;
	steps: number;
};

type Fit = { mu: Tensor; logSigma: Tensor; optimizer: Adam };
type FitState = { config: FitConfig; logP: number[]; fits: Record<Direction, Fit>; t: number };

export type FitLog = Record<Direction, number>;
export type FitView = { t: number } & Record<Direction, { mu: number; sigma: number }>;

const DIRECTIONS: readonly Direction[] = ['forward', 'reverse'];

/** The seeded start: μ anywhere in [−1.5, 1.5], σ in [1, 2.5]. */
export function startOf(seed: number): { mu: number; sigma: number } {
	const rng = createRng(seed);
	return { mu: (rng() * 2 - 1) * 2, sigma: 0.6 + rng() * 0.6 };
}

export const gaussianFit = defineRun({
	init(config: FitConfig): FitState {
		const start = startOf(config.seed);
		const fit = (): Fit => {
			const mu = Tensor.scalar(start.mu, { requiresGrad: true });
			const logSigma = Tensor.scalar(Math.log(start.sigma), { requiresGrad: true });
			return { mu, logSigma, optimizer: new Adam([mu, logSigma], { lr: config.lr }) };
		};
		return {
			config,
			logP: mixtureLogProbs(config.separation, config.weight),
			fits: { forward: fit(), reverse: fit() },
			t: 0
		};
	},
	step(state) {
		const log = {} as FitLog;
		for (const direction of DIRECTIONS) {
			const { mu, logSigma, optimizer } = state.fits[direction];
			optimizer.zeroGrad();
			const loss = klLoss(direction, state.logP, mu, logSigma);
			loss.backward();
			optimizer.step();
			log[direction] = loss.item();
		}
		return { state: { ...state, t: state.t + 1 }, log };
	},
	view: (state): FitView => ({
		t: state.t,
		forward: {
			mu: state.fits.forward.mu.item(),
			sigma: Math.exp(state.fits.forward.logSigma.item())
		},
		reverse: {
			mu: state.fits.reverse.mu.item(),
			sigma: Math.exp(state.fits.reverse.logSigma.item())
		}
	}),
	done: (state) => state.t >= state.config.steps
});
