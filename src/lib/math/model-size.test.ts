import { describe, expect, it } from 'vitest';
import { activeParameters, decoderParameters, type DecoderShape } from './model-size';

/** A decoder small enough to count by hand. */
const tiny: DecoderShape = {
	layers: 2,
	dModel: 4,
	heads: 2,
	kvHeads: 2,
	headDim: 2,
	ffn: 8,
	vocab: 10,
	mlp: 'gelu',
	norm: 'layernorm',
	bias: true,
	tiedEmbeddings: true,
	learnedPositions: 6
};

describe('decoderParameters(shape)', () => {
	it('counts a tiny GPT-2-style decoder by hand', () => {
		const count = decoderParameters(tiny);
		// Tokens 10 × 4 (tied: counted once) + positions 6 × 4.
		expect(count.embeddings).toBe(40 + 24);
		// Per layer q, k, v, o: 4 × (4 × 4 + 4) = 80.
		expect(count.attention).toBe(2 * 80);
		// Per layer up 4 × 8 + 8 = 40, down 8 × 4 + 4 = 36.
		expect(count.mlp).toBe(2 * 76);
		// Five LayerNorms (two per block, one at the end) of gain and bias.
		expect(count.norms).toBe(5 * 8);
		expect(count.total).toBe(64 + 160 + 152 + 40);
	});
	it('Llama-style: untied, no biases, SwiGLU, RMSNorm, grouped-query attention', () => {
		const count = decoderParameters({
			...tiny,
			kvHeads: 1,
			mlp: 'swiglu',
			norm: 'rmsnorm',
			bias: false,
			tiedEmbeddings: false,
			learnedPositions: 0
		});
		expect(count.embeddings).toBe(2 * 40);
		// q and o 4 × 4, k and v 4 × 2.
		expect(count.attention).toBe(2 * (16 + 8 + 8 + 16));
		expect(count.mlp).toBe(2 * 3 * 32);
		expect(count.norms).toBe(5 * 4);
	});
	it('a mixture of experts has every expert’s MLP and a router per layer', () => {
		const dense = decoderParameters(tiny);
		const moe = decoderParameters({ ...tiny, experts: 4 });
		expect(moe.mlp).toBe(4 * dense.mlp + 2 * 4 * 4);
		expect(moe.attention).toBe(dense.attention);
	});
});

describe('activeParameters(shape)', () => {
	it('is the total for a dense model, and drops the unpicked experts’ MLPs for a top-k MoE', () => {
		expect(activeParameters(tiny)).toBe(decoderParameters(tiny).total);
		const moe = { ...tiny, experts: 4, activeExperts: 1 };
		// Three of four experts idle in each of 2 layers, 76 parameters per expert MLP.
		expect(activeParameters(moe)).toBe(decoderParameters(moe).total - 2 * 3 * 76);
		expect(activeParameters({ ...moe, activeExperts: 4 })).toBe(decoderParameters(moe).total);
	});
});
