/** The study's figures against the committed logs of the runs that made them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainParameters } from './shape';
import { SCALING_STUDY } from './scaling-study';

const log = (name: string) =>
	readFileSync(new URL(`./scaling-logs/${name}`, import.meta.url)).toString('utf8');

describe('SCALING_STUDY', () => {
	for (const run of SCALING_STUDY.runs) {
		it(`${run.log} holds the command and the figures of ${run.layers} × d${run.width}`, () => {
			const { steps, seed, heads, context } = SCALING_STUDY;
			const text = log(run.log);
			expect(text.split('\n')[0]).toBe(
				`$ npm run train -- --steps ${steps} --seed ${seed} --layers ${run.layers} --width ${run.width} --heads ${heads} --context ${context}`
			);
			expect(text).toContain(`\nparameters ${run.parameters}\n`);
			expect(trainParameters({ ...run, heads, context })).toBe(run.parameters);
			expect(text).toContain(
				`\nheld-out loss ${run.heldOut.toFixed(6)} over ${SCALING_STUDY.heldOutTokens} tokens`
			);
			for (const [step, loss] of run.heldOutAt) {
				expect(text).toContain(`\nstep ${step} held-out loss ${loss.toFixed(6)}\n`);
			}
			expect(text).toContain(`\ntokens/s ${run.tokensPerSecond}\n`);
			const losses = [...text.matchAll(/^step \d+ loss ([\d.]+)$/gm)].map((m) => Number(m[1]));
			expect(losses).toHaveLength(steps);
			const last = losses.slice(-20).reduce((s, x) => s + x, 0) / 20;
			expect(run.trainLoss).toBeCloseTo(last, 4);
		});
	}
});
