/**
 * The Gaussian fits as a training run: two fits from the same seeded start, one descending the
 * forward KL, one the reverse KL, each with its own Adam, stepped together.
 */
import { defineRun } from '$lib/jobs';
import { Adam, Tensor } from '$lib/math/autodiff';
import { GRID, mixtureLogProbs, startOf, type Direction } from './gaussian-fit';

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

/**
 * KL(P‖Q_θ) (forward) or KL(Q_θ‖P) (reverse) as an engine graph over θ = (μ, log σ), so that
 * backward() fills their gradients. `logP` is the target's log-probabilities on the grid.
 */
export function klLoss(
	direction: Direction,
	logP: readonly number[],
	mu: Tensor,
	logSigma: Tensor
): Tensor {
	const grid = Tensor.from(GRID, [GRID.length]);
	const logPt = Tensor.from(logP, [logP.length]);
	const logQ = grid.sub(mu).div(logSigma.exp()).pow(2).mul(-0.5).logSoftmax();
	if (direction === 'forward') {
		const p = Tensor.from(
			logP.map((l) => Math.exp(l)),
			[logP.length]
		);
		return p.mul(logPt.sub(logQ)).sum();
	}
	return logQ.exp().mul(logQ.sub(logPt)).sum();
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
