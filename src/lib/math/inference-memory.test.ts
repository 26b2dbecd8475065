import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	activationBytes,
	activationValuesPerToken,
	devicesNeeded,
	weightBytes,
	weightPrecisions
} from './inference-memory';
import { decoderParameters, type DecoderShape } from './model-size';

const llama2_7b: DecoderShape = {
	layers: 32,
	dModel: 4096,
	heads: 32,
	kvHeads: 32,
	headDim: 128,
	ffn: 11_008,
	vocab: 32_000,
	mlp: 'swiglu',
	norm: 'rmsnorm',
	bias: false,
	tiedEmbeddings: false,
	learnedPositions: 0
};

describe('weightBytes(parameters, precision)', () => {
	it('Llama 2 7B (6,738,415,616 weights): 26.95 GB in fp32, 13.48 in bf16, 6.74 in int8, 3.37 in int4', () => {
		const p = decoderParameters(llama2_7b).total;
		expect(p).toBe(6_738_415_616);
		expect(weightBytes(p, 'fp32')).toBe(26_953_662_464);
		expect(weightBytes(p, 'bf16')).toBe(13_476_831_232);
		expect(weightBytes(p, 'int8')).toBe(6_738_415_616);
		expect(weightBytes(p, 'int4')).toBe(3_369_207_808);
	});
	it('halves with each step down in precision', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e12 }), (p) => {
				const bytes = weightPrecisions.map((precision) => weightBytes(p, precision));
				for (let i = 1; i < bytes.length; i++) expect(bytes[i]).toBeCloseTo(bytes[i - 1] / 2, 6);
			})
		);
	});
	it('rejects negative or infinite counts', () => {
		expect(() => weightBytes(-1, 'bf16')).toThrow(RangeError);
		expect(() => weightBytes(Infinity, 'bf16')).toThrow(RangeError);
	});
});

describe('activationValuesPerToken(shape)', () => {
	it('Llama 2 7B: 4,096 residual + 3 · 4,096 for q, k, v + 2 · 11,008 SwiGLU hidden = 38,400', () => {
		expect(activationValuesPerToken(llama2_7b)).toBe(38_400);
	});
	it('grouped-query attention shrinks only the k and v part: Mistral 7B (8 kv heads) 38,912', () => {
		// 4096 + (32 + 16) · 128 + 2 · 14336
		expect(activationValuesPerToken({ ...llama2_7b, kvHeads: 8, ffn: 14_336 })).toBe(38_912);
	});
	it('GPT-2 small (GELU, one hidden layer): 768 + 3 · 768 + 3,072 = 6,144', () => {
		expect(
			activationValuesPerToken({
				dModel: 768,
				heads: 12,
				kvHeads: 12,
				headDim: 64,
				ffn: 3072,
				mlp: 'gelu'
			})
		).toBe(6144);
	});
	it('a token routed to two experts holds two MLP hidden layers', () => {
		const one = activationValuesPerToken(llama2_7b, 1);
		expect(activationValuesPerToken(llama2_7b, 2) - one).toBe(2 * 11_008);
	});
});

describe('activationBytes(…)', () => {
	it('Llama 2 7B, a 1,024-token prompt in bf16: 1,024 · 38,400 · 2 = 78,643,200 bytes', () => {
		expect(
			activationBytes({ valuesPerToken: 38_400, tokens: 1024, batch: 1, bytesPerValue: 2 })
		).toBe(78_643_200);
	});
	it('is linear in batch and in tokens', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1e5 }),
				fc.integer({ min: 1, max: 512 }),
				fc.integer({ min: 1, max: 64 }),
				(tokens, batch, k) => {
					const one = activationBytes({ valuesPerToken: 100, tokens, batch, bytesPerValue: 2 });
					const more = activationBytes({
						valuesPerToken: 100,
						tokens: tokens * k,
						batch,
						bytesPerValue: 2
					});
					expect(more).toBe(one * k);
				}
			)
		);
	});
	it('rejects a negative batch', () => {
		expect(() =>
			activationBytes({ valuesPerToken: 1, tokens: 1, batch: -1, bytesPerValue: 2 })
		).toThrow(RangeError);
	});
});

describe('devicesNeeded(bytes, deviceBytes)', () => {
	it('140 GB on 80 GB cards needs 2, 160 GB exactly 2, 160.1 GB 3, nothing still 1', () => {
		expect(devicesNeeded(140e9, 80e9)).toBe(2);
		expect(devicesNeeded(160e9, 80e9)).toBe(2);
		expect(devicesNeeded(160.1e9, 80e9)).toBe(3);
		expect(devicesNeeded(0, 80e9)).toBe(1);
	});
	it('n devices always hold the bytes and n − 1 do not (when n > 1)', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1e13, noNaN: true }),
				fc.double({ min: 1e6, max: 1e12, noNaN: true }),
				(bytes, device) => {
					const n = devicesNeeded(bytes, device);
					expect(n * device).toBeGreaterThanOrEqual(bytes);
					if (n > 1) expect((n - 1) * device).toBeLessThan(bytes);
				}
			)
		);
	});
});
