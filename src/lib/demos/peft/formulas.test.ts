import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { models } from '$lib/content/model-facts';
import { loraTargets, peftMethods, peftParameters } from '$lib/math/peft';
import { peftFormula } from './formulas';

const settings = {
	rank: 8,
	targets: ['q', 'v'] as const,
	bottleneck: 64,
	prefixLength: 20,
	promptTokens: 20
};

describe('peftFormula(method, shape, settings)', () => {
	it('writes LoRA on Llama 2 7B as 32 × 8 × (8,192 + 8,192)', () => {
		const f = peftFormula('lora', models.find((m) => m.id === 'llama2-7b')!.shape, settings);
		expect(f.filled).toBe('32 × 8 × (8,192 + 8,192)');
		expect(f.value).toBe(4_194_304);
	});
	it('writes BitFit on a bias-free model as zeros', () => {
		const f = peftFormula('bitfit', models.find((m) => m.id === 'mistral-7b')!.shape, settings);
		expect(f.filled).toBe('32 × (0 + 0 + 0) + 0');
		expect(f.value).toBe(0);
	});
	it('agrees with $lib/math/peft for every model, method and setting', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...models),
				fc.constantFrom(...peftMethods),
				fc.record({
					rank: fc.integer({ min: 1, max: 256 }),
					targets: fc.subarray([...loraTargets]),
					bottleneck: fc.integer({ min: 1, max: 1024 }),
					prefixLength: fc.integer({ min: 1, max: 512 }),
					promptTokens: fc.integer({ min: 1, max: 512 })
				}),
				({ shape }, method, set) => {
					expect(peftFormula(method, shape, set).value).toBe(
						peftParameters(method, shape, set).trainable
					);
				}
			)
		);
	});
});
