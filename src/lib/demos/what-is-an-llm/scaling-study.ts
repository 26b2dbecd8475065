/**
 * Our scaling study, as data: shapes trained by `npm run train` with the same steps and seed
 * (the commands and full output are the logs in scaling-logs/, checked against these figures by
 * scaling-study.test.ts). Run one after another on 2 shared cores: tokens/s is the machine's load
 * as much as the model's speed.
 */
export interface ScalingRun {
	layers: number;
	width: number;
	parameters: number;
	/** After the last step, on the weights as a checkpoint stores them. */
	heldOut: number;
	/** [step, held-out loss] on the way. */
	heldOutAt: readonly (readonly [number, number])[];
	/** The mean training loss of the last 20 steps. */
	trainLoss: number;
	tokensPerSecond: number;
	/** Its command and output, in scaling-logs/. */
	log: string;
}

export const SCALING_STUDY = {
	steps: 300,
	seed: 1,
	context: 64,
	heads: 4,
	/** Batch 8 × sequence 64, the script's default. */
	tokensPerStep: 512,
	trainTokens: 17348,
	heldOutTokens: 1988,
	runs: [
		{
			layers: 1,
			width: 24,
			parameters: 21096,
			heldOut: 4.005739,
			heldOutAt: [
				[100, 4.87015],
				[200, 4.359249]
			],
			trainLoss: 3.752,
			tokensPerSecond: 12746,
			log: 'L1-d24.txt'
		},
		{
			layers: 1,
			width: 32,
			parameters: 31200,
			heldOut: 3.878492,
			heldOutAt: [
				[100, 4.788092],
				[200, 4.109465]
			],
			trainLoss: 3.526,
			tokensPerSecond: 11081,
			log: 'L1-d32.txt'
		},
		{
			layers: 2,
			width: 48,
			parameters: 84288,
			heldOut: 3.722957,
			heldOutAt: [
				[100, 4.5607],
				[200, 3.860418]
			],
			trainLoss: 3.2489,
			tokensPerSecond: 4711,
			log: 'L2-d48.txt'
		},
		{
			layers: 2,
			width: 64,
			parameters: 136960,
			heldOut: 3.699581,
			heldOutAt: [
				[100, 4.257754],
				[200, 3.77655]
			],
			trainLoss: 3.1351,
			tokensPerSecond: 3335,
			log: 'L2-d64.txt'
		},
		{
			layers: 2,
			width: 96,
			parameters: 279168,
			heldOut: 3.681453,
			heldOutAt: [
				[100, 4.05964],
				[200, 3.76383]
			],
			trainLoss: 2.9815,
			tokensPerSecond: 1460,
			log: 'L2-d96.txt'
		}
	] satisfies ScalingRun[]
};
