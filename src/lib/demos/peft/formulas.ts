import { decoderParameters, type DecoderShape } from '$lib/math/model-size';
import { targetMatrices, type PeftMethod, type PeftSettings } from '$lib/math/peft';

/** A count written out: the symbols, the same with the model's numbers in, and its value. */
export interface Formula {
	symbols: string;
	filled: string;
	value: number;
}

const n = (x: number) => x.toLocaleString('en-US');
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Each method's trainable parameters as a formula filled in with the shape's numbers. `value` is
 * computed from the filled-in numbers themselves, so a test can hold it against $lib/math/peft.
 */
export function peftFormula(method: PeftMethod, s: DecoderShape, set: PeftSettings): Formula {
	const kv = s.kvHeads * s.headDim;
	const q = s.heads * s.headDim;
	const E = s.experts ?? 1;
	switch (method) {
		case 'full': {
			const value = decoderParameters(s).total;
			return { symbols: 'P', filled: n(value), value };
		}
		case 'lora': {
			const widths = [...new Set(set.targets)].flatMap((t) =>
				targetMatrices(s, t).map(([dIn, dOut]) => dIn + dOut)
			);
			const value = s.layers * set.rank * sum(widths);
			const terms = widths.length ? widths.map(n).join(' + ') : '0';
			return {
				symbols: 'L · r · Σ (d_in + d_out)',
				filled: `${s.layers} × ${set.rank} × (${terms})`,
				value
			};
		}
		case 'adapter': {
			const m = set.bottleneck;
			return {
				symbols: 'L · 2 · (2 · d · m + m + d)',
				filled: `${s.layers} × 2 × (2 × ${n(s.dModel)} × ${m} + ${m} + ${n(s.dModel)})`,
				value: s.layers * 2 * (2 * s.dModel * m + m + s.dModel)
			};
		}
		case 'prefix':
			return {
				symbols: '2 · L · p · (h_kv · d_head)',
				filled: `2 × ${s.layers} × ${set.prefixLength} × (${s.kvHeads} × ${s.headDim})`,
				value: 2 * s.layers * set.prefixLength * kv
			};
		case 'prompt':
			return {
				symbols: 'n · d',
				filled: `${set.promptTokens} × ${n(s.dModel)}`,
				value: set.promptTokens * s.dModel
			};
		case 'bitfit': {
			const linear = s.bias
				? q + 2 * kv + s.dModel + E * ((s.mlp === 'swiglu' ? 2 : 1) * s.ffn + s.dModel)
				: 0;
			const norm = s.norm === 'layernorm' ? s.dModel : 0;
			const mlp = `${s.mlp === 'swiglu' ? `2 × ${n(s.ffn)}` : n(s.ffn)} + ${n(s.dModel)}`;
			return {
				symbols: 'L · (b_attention + b_MLP + b_norms) + b_final norm',
				filled: s.bias
					? `${s.layers} × (${n(q)} + 2 × ${n(kv)} + ${n(s.dModel)} + ${E > 1 ? `${E} × (${mlp})` : mlp} + 2 × ${n(norm)}) + ${n(norm)}`
					: `${s.layers} × (0 + 0 + ${norm === 0 ? '0' : `2 × ${n(norm)}`}) + ${n(norm)}`,
				value: s.layers * (linear + 2 * norm) + norm
			};
		}
		case 'ia3':
			return {
				symbols: 'L · (2 · h_kv · d_head + d_ff)',
				filled: `${s.layers} × (2 × ${s.kvHeads} × ${s.headDim} + ${E > 1 ? `${E} × ` : ''}${n(s.ffn)})`,
				value: s.layers * (2 * kv + E * s.ffn)
			};
	}
}
