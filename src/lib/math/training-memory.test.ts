import { describe, expect, it } from 'vitest';
import { fineTuningMemory } from './training-memory';

const GB = 1e9;

describe('fineTuningMemory(method, counts)', () => {
	it('full fine-tuning costs 16 bytes per parameter: 112 GB for 7B (ZeRO’s 16Ψ)', () => {
		const m = fineTuningMemory('full', { parameters: 7e9 });
		expect(m).toEqual({
			weights: 14 * GB,
			frozenWeights: 0,
			trainableWeights: 14 * GB,
			gradients: 14 * GB,
			optimizer: 84 * GB,
			total: 112 * GB
		});
	});
	it('LoRA keeps the frozen weights in bf16 and trains only the adapter', () => {
		const adapter = 4_194_304;
		const m = fineTuningMemory('lora', { parameters: 7e9, adapter });
		expect(m.weights).toBe(14 * GB + 2 * adapter);
		expect(m.frozenWeights).toBe(14 * GB);
		expect(m.trainableWeights).toBe(2 * adapter);
		expect(m.gradients).toBe(2 * adapter);
		expect(m.optimizer).toBe(12 * adapter);
		expect(m.total).toBe(14 * GB + 16 * adapter);
	});
	it('QLoRA stores the frozen weights at 4.127 bits: a 65B model in about 34 GB before the adapter', () => {
		const m = fineTuningMemory('qlora', { parameters: 65e9 });
		expect(m.weights / GB).toBeCloseTo((65 * 4.127) / 8, 1);
		expect(m.total).toBe(m.weights);
	});
	it('rejects negative or infinite counts', () => {
		expect(() => fineTuningMemory('full', { parameters: -1 })).toThrow(RangeError);
		expect(() => fineTuningMemory('lora', { parameters: 1, adapter: Infinity })).toThrow(
			RangeError
		);
	});
});
