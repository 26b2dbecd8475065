import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decoderParameters, type DecoderShape } from './model-size';
import {
	adapterTrainable,
	bitfitTrainable,
	ia3Trainable,
	loraTargets,
	loraTrainable,
	peftMethods,
	peftParameters,
	prefixTrainable,
	promptTrainable
} from './peft';

/** Published configurations (as in $lib/content/model-facts, which math tests may not import). */
const gpt: Omit<
	DecoderShape,
	'layers' | 'dModel' | 'heads' | 'kvHeads' | 'ffn' | 'learnedPositions'
> = {
	headDim: 64,
	vocab: 50_257,
	mlp: 'gelu',
	norm: 'layernorm',
	bias: true,
	tiedEmbeddings: true
};
const gpt2: DecoderShape = {
	...gpt,
	layers: 12,
	dModel: 768,
	heads: 12,
	kvHeads: 12,
	ffn: 3072,
	learnedPositions: 1024
};
const gpt3: DecoderShape = {
	...gpt,
	layers: 96,
	dModel: 12_288,
	heads: 96,
	kvHeads: 96,
	headDim: 128,
	ffn: 49_152,
	learnedPositions: 2048
};
const llama = (
	layers: number,
	dModel: number,
	kvHeads: number,
	ffn: number,
	vocab: number,
	experts?: number
): DecoderShape => ({
	layers,
	dModel,
	heads: dModel / 128,
	kvHeads,
	headDim: 128,
	ffn,
	vocab,
	mlp: 'swiglu',
	norm: 'rmsnorm',
	bias: false,
	tiedEmbeddings: false,
	learnedPositions: 0,
	experts
});
const llama2_7b = llama(32, 4096, 32, 11_008, 32_000);
const llama2_70b = llama(80, 8192, 8, 28_672, 32_000);
const llama3_8b = llama(32, 4096, 8, 14_336, 128_256);
const mistral7b = llama(32, 4096, 8, 14_336, 32_000);
const mixtral = llama(32, 4096, 8, 14_336, 32_000, 8);

/** Decoder shapes of every kind: d_model ≥ 512, grouped or not, dense or a mixture, biases or not. */
const anyShape: fc.Arbitrary<DecoderShape> = fc
	.record({
		layers: fc.integer({ min: 1, max: 100 }),
		kvHeads: fc.integer({ min: 1, max: 16 }),
		group: fc.constantFrom(1, 2, 4, 8),
		headDim: fc.constantFrom(64, 128),
		ffnScale: fc.double({ min: 1, max: 4, noNaN: true }),
		vocab: fc.integer({ min: 1000, max: 200_000 }),
		mlp: fc.constantFrom('gelu' as const, 'swiglu' as const),
		norm: fc.constantFrom('layernorm' as const, 'rmsnorm' as const),
		bias: fc.boolean(),
		tiedEmbeddings: fc.boolean(),
		learnedPositions: fc.constantFrom(0, 2048),
		experts: fc.constantFrom(1, 8)
	})
	.map(({ group, ffnScale, ...s }) => {
		const heads = s.kvHeads * group;
		const dModel = heads * s.headDim;
		return { ...s, heads, dModel, ffn: Math.round(ffnScale * dModel) };
	})
	.filter((s) => s.dModel >= 512);

/** bigscience/bloomz-560m as its config.json gives it (ALiBi: no position parameters). */
const bloomz560m: DecoderShape = {
	layers: 24,
	dModel: 1024,
	heads: 16,
	kvHeads: 16,
	headDim: 64,
	ffn: 4096,
	vocab: 250_880,
	mlp: 'gelu',
	norm: 'layernorm',
	bias: true,
	tiedEmbeddings: true,
	learnedPositions: 0
};

describe('the shapes used below', () => {
	it('bloomz-560m counts the 559,214,592 parameters PEFT prints, less its embedding LayerNorm', () => {
		// PEFT's prompt-based guide: "all params: 559,222,784" with 8,192 of them the prompt.
		expect(decoderParameters(bloomz560m).total + 2 * 1024).toBe(559_222_784 - 8_192);
	});
});

describe('loraTrainable(shape, rank, targets)', () => {
	it('gives the LoRA paper’s GPT-3 175B counts: 4.7M at rank 1 and 37.7M at rank 8 on W_q and W_v', () => {
		// Hu et al., 2021, Table 4 (GPT-3 LoRA rows); 96 layers × 2 matrices × r × (12,288 + 12,288).
		expect(loraTrainable(gpt3, 1, ['q', 'v'])).toBe(4_718_592);
		expect(loraTrainable(gpt3, 8, ['q', 'v'])).toBe(37_748_736);
	});
	it('gives the 4,194,304 PEFT prints for Llama 2 7B at rank 8 on q_proj and v_proj', () => {
		expect(loraTrainable(llama2_7b, 8, ['q', 'v'])).toBe(4_194_304);
	});
	it('adapts the narrower k and v of grouped-query attention: Llama 2 70B has 8 key-value heads of 64', () => {
		const s = llama2_70b;
		expect(loraTrainable(s, 1, ['k'])).toBe(80 * (8192 + 1024));
		expect(loraTrainable(s, 1, ['q'])).toBe(80 * (8192 + 8192));
	});
	it('adapts three MLP matrices under SwiGLU, two under GELU, and every expert of a mixture', () => {
		expect(loraTrainable(gpt2, 1, ['mlp'])).toBe(12 * 2 * (768 + 3072));
		expect(loraTrainable(mistral7b, 1, ['mlp'])).toBe(32 * 3 * (4096 + 14_336));
		expect(loraTrainable(mixtral, 1, ['mlp'])).toBe(8 * loraTrainable(mistral7b, 1, ['mlp']));
	});
	it('is linear in the rank and additive over targets (a target named twice counts once)', () => {
		fc.assert(
			fc.property(
				anyShape,
				fc.nat(512),
				fc.nat(512),
				fc.subarray([...loraTargets]),
				(s, a, b, targets) => {
					expect(loraTrainable(s, a + b, targets)).toBe(
						loraTrainable(s, a, targets) + loraTrainable(s, b, targets)
					);
					expect(loraTrainable(s, a, targets)).toBe(a * loraTrainable(s, 1, targets));
					const separately = targets.reduce((sum, t) => sum + loraTrainable(s, a, [t]), 0);
					expect(loraTrainable(s, a, [...targets, ...targets])).toBe(separately);
				}
			)
		);
	});
	it('rejects a fractional or negative rank', () => {
		expect(() => loraTrainable(gpt2, 1.5, ['q'])).toThrow(RangeError);
		expect(() => loraTrainable(gpt2, -1, ['q'])).toThrow(RangeError);
	});
});

describe('adapterTrainable(shape, bottleneck)', () => {
	it('gives the LoRA paper’s GPT-3 AdapterH counts: 7.1M at m = 1 and 40.1M at m = 8', () => {
		// Hu et al., 2021, Table 4, with §5.1's count L·2·(2·d·m + m + d) (no LayerNorms trained).
		expect(adapterTrainable(gpt3, 1)).toBe(7_078_080);
		expect(adapterTrainable(gpt3, 8)).toBe(40_109_568);
		expect((adapterTrainable(gpt3, 1) / 1e6).toFixed(1)).toBe('7.1');
		expect((adapterTrainable(gpt3, 8) / 1e6).toFixed(1)).toBe('40.1');
	});
});

describe('prefixTrainable(shape, length)', () => {
	it('gives the 983,040 PEFT prints for 20 virtual tokens on bloomz-560m', () => {
		// PEFT docs, task_guides/prompt_based_methods.md: 20 × 24 layers × (key + value) × 1,024.
		expect(prefixTrainable(bloomz560m, 20)).toBe(983_040);
	});
	it('stores only the key-value heads under grouped-query attention', () => {
		expect(prefixTrainable(llama3_8b, 10)).toBe(2 * 32 * 10 * 8 * 128);
	});
});

describe('promptTrainable(shape, tokens)', () => {
	it('gives the 8,192 PEFT prints for 8 virtual tokens on bloomz-560m', () => {
		expect(promptTrainable(bloomz560m, 8)).toBe(8_192);
	});
	it('gives the LoRA paper’s 3.2M for GPT-3 prefix-embedding tuning with 256 + 8 tokens', () => {
		// Hu et al., 2021, Table 4 ("PreEmbed"), |Θ| = d_model × (l_p + l_i) with l_p = 256, l_i = 8.
		expect((promptTrainable(gpt3, 256 + 8) / 1e6).toFixed(1)).toBe('3.2');
	});
});

describe('bitfitTrainable(shape)', () => {
	it('counts GPT-2 small’s 102,144 biases by hand: 11 × 768 per layer and the final LayerNorm', () => {
		// Per layer: c_attn 2,304 + attn c_proj 768 + c_fc 3,072 + mlp c_proj 768 + ln_1, ln_2 768 each.
		expect(bitfitTrainable(gpt2)).toBe(12 * (2304 + 768 + 3072 + 768 + 2 * 768) + 768);
		expect(bitfitTrainable(gpt2)).toBe(102_144);
	});
	it('finds nothing to train in a model without biases (Llama: RMSNorm, bias-free layers)', () => {
		expect(bitfitTrainable(llama2_7b)).toBe(0);
	});
	it('equals the parameters that switching biases off removes, plus the LayerNorm biases', () => {
		for (const [id, s] of Object.entries({ gpt2, gpt3, llama2_7b, mixtral })) {
			const withoutLinearBiases = decoderParameters({ ...s, bias: false }).total;
			const normBiases = s.norm === 'layernorm' ? (2 * s.layers + 1) * s.dModel : 0;
			expect(bitfitTrainable(s), id).toBe(
				decoderParameters(s).total - withoutLinearBiases + normBiases
			);
		}
	});
});

describe('ia3Trainable(shape)', () => {
	it('matches the 282,624 PEFT prints for mt0-large, counted as the paper’s l_k, l_v, l_ff', () => {
		// PEFT docs, task_guides/ia3.md: mt0-large (24 + 24 layers, d 1,024, d_ff 2,816).
		// Encoder and decoder layers each scale k, v and the MLP; the decoder also its
		// cross-attention's k and v.
		const t5Layer: DecoderShape = { ...bloomz560m, ffn: 2816 };
		const crossAttention = 24 * 2 * 1024;
		expect(2 * ia3Trainable(t5Layer) + crossAttention).toBe(282_624);
	});
	it('is three vectors per layer: 2 · 1,024 + 14,336 for Llama 3 8B', () => {
		expect(ia3Trainable(llama3_8b)).toBe(32 * (2 * 1024 + 14_336));
	});
});

describe('peftParameters(method, shape, settings)', () => {
	const settings = fc.record({
		rank: fc.integer({ min: 0, max: 64 }),
		targets: fc.subarray([...loraTargets]),
		bottleneck: fc.integer({ min: 0, max: 256 }),
		prefixLength: fc.integer({ min: 0, max: 512 }),
		promptTokens: fc.integer({ min: 0, max: 512 })
	});
	it('trains at most the whole model (for settings below half its width), and freezes the rest', () => {
		fc.assert(
			fc.property(fc.constantFrom(...peftMethods), anyShape, settings, (method, s, set) => {
				const base = decoderParameters(s).total;
				const { trainable, frozen } = peftParameters(method, s, set);
				expect(trainable).toBeGreaterThanOrEqual(0);
				expect(trainable).toBeLessThanOrEqual(base);
				if (method === 'full') expect(frozen).toBe(0);
				else if (method === 'bitfit') expect(frozen + trainable).toBe(base);
				else expect(frozen).toBe(base);
			})
		);
	});
});
