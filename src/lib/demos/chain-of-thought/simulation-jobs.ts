import { JobTaskCache } from '$lib/jobs';
import { simulation, type SimulationInput } from './simulation.job';

// Vite bundles the worker from this literal form.
const startWorker = () =>
	new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });

const tasks = new JobTaskCache(simulation, { worker: startWorker });

/**
 * The seeded simulation for these settings, run once in a worker when they have settled (a
 * dragged slider starts one simulation, not one per step); the last few are kept.
 */
export function simulationTask(input: SimulationInput) {
	const { p, c, n, m, kMax, trials, seed } = input;
	return tasks.settled([p, c, n, m, kMax, trials, seed].join(':'), () => input);
}
