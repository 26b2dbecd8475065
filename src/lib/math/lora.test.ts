import { describe, expect, it } from 'vitest';
import { loraParameterCount } from './lora';

describe('loraParameterCount(dIn, dOut, rank)', () => {
	it('is r · (dIn + dOut): one 4096 × 4096 projection at rank 8 trains 65,536 weights', () => {
		expect(loraParameterCount(4096, 4096, 8)).toBe(65_536);
		expect(loraParameterCount(4096, 11_008, 16)).toBe(16 * 15_104);
		expect(loraParameterCount(10, 20, 0)).toBe(0);
	});
	it('gives the 4.2M of the usual Llama 2 7B recipe: rank 8 on q and v in 32 layers', () => {
		// The figure PEFT prints for this configuration: 4,194,304 trainable parameters.
		expect(32 * 2 * loraParameterCount(4096, 4096, 8)).toBe(4_194_304);
	});
	it('GPT-3 175B: the LoRA paper’s 18M budget (Table 5) is rank 8 on q alone or rank 4 on q and v', () => {
		const qOnly = 96 * loraParameterCount(12_288, 12_288, 8);
		const qAndV = 96 * 2 * loraParameterCount(12_288, 12_288, 4);
		expect(qOnly).toBe(18_874_368);
		expect(qAndV).toBe(qOnly);
	});
	it('rejects negative or fractional sizes', () => {
		expect(() => loraParameterCount(-1, 4, 2)).toThrow(RangeError);
		expect(() => loraParameterCount(4, 4, 1.5)).toThrow(RangeError);
	});
});
