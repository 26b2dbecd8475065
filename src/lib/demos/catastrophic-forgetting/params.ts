import type { Schema } from '$lib/state/params';

export const schema = {
	/** Rehearsal: a share of each task-B minibatch drawn from task A's training points. */
	rehearse: { kind: 'bool', default: false },
	share: { kind: 'number', default: 0.25, min: 0.05, max: 0.5, step: 0.05 },
	/** Elastic weight consolidation with strength λ (a power of two on a log slider). */
	ewc: { kind: 'bool', default: false },
	lambda: { kind: 'int', default: 1024, min: 1, max: 65536 },
	/** Freeze the body after task A and train only a rank-r adapter for task B. */
	freeze: { kind: 'bool', default: false },
	rank: { kind: 'int', default: 2, min: 1, max: 8 },
	/** Seeds both tasks' points, the weights and the minibatches. */
	seed: { kind: 'int', default: 1, min: 0, max: 4294967295 }
} as const satisfies Schema;

/** The classic cases: no mitigation, then each mitigation alone at a setting that shows it. */
export const PRESETS = [
	{ id: 'none', rehearse: false, ewc: false, freeze: false },
	{ id: 'rehearsal', rehearse: true, ewc: false, freeze: false, share: 0.25 },
	{ id: 'ewc', rehearse: false, ewc: true, freeze: false, lambda: 1024 },
	{ id: 'adapter', rehearse: false, ewc: false, freeze: true, rank: 2 }
] as const;
