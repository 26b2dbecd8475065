/**
 * Reading token after token with a key/value cache. The first read of a window is the full
 * forward pass (its logits are nextTokenLogits' to the last bit) and keeps every layer's keys and
 * values; a read that only appends tokens then runs the model on the new positions alone, their
 * queries attending to the kept keys and values, instead of recomputing the window. Those logits
 * agree with the full pass to about 1e-15: only the order of some sums differs (one row where
 * the full pass multiplies pairs of rows). When the window slides past the context, positions
 * change and the window is read afresh.
 */
import { concat, noGrad, scaledDotProductAttention, type Tensor } from '$lib/math/autodiff';
import { gptBlock, gptEmbed, gptHead, type GptWeights } from './model';

export class GptDecoder {
	readonly weights: GptWeights;
	/** The ids read so far (at most the context), and the logits after them. */
	#ids: number[] = [];
	#logits: ArrayLike<number> = [];
	/** Per layer, the keys and values [1, heads, T, dh] of those ids. */
	#keys: Tensor[] = [];
	#values: Tensor[] = [];
	readonly #embeddingT: Tensor;

	constructor(weights: GptWeights) {
		this.weights = weights;
		this.#embeddingT = noGrad(() => weights.tokenEmbedding.transpose());
	}

	/** The logits for the token after `ids`; only the last `context` tokens are read. */
	next(ids: readonly number[]): Float64Array {
		const { context } = this.weights.config;
		const window = ids.length > context ? ids.slice(-context) : [...ids];
		if (window.length === 0) throw new Error('GptDecoder.next: needs at least one token');
		const known = this.#ids;
		const extendsKnown =
			known.length > 0 && known.length <= window.length && known.every((id, i) => window[i] === id);
		noGrad(() => {
			if (!extendsKnown) this.#read(window);
			else for (let i = known.length; i < window.length; i++) this.#append(window[i], i);
		});
		return Float64Array.from(this.#logits);
	}

	/** The full pass over a window, keeping every layer's keys and values. */
	#read(window: number[]): void {
		const w = this.weights;
		let x = gptEmbed(
			w,
			window,
			window.map((_, i) => i),
			1
		);
		w.blocks.forEach((b, layer) => {
			x = gptBlock(x, b, w.config.heads, (q, k, v) => {
				[this.#keys[layer], this.#values[layer]] = [k, v];
				return scaledDotProductAttention(q, k, v, { causal: true });
			});
		});
		this.#ids = window;
		this.#keep(gptHead(w, x, this.#embeddingT));
	}

	/** One more token at `position`: its query attends to every kept key, its own included. */
	#append(id: number, position: number): void {
		const w = this.weights;
		let x = gptEmbed(w, [id], [position], 1);
		w.blocks.forEach((b, layer) => {
			x = gptBlock(x, b, w.config.heads, (q, k, v) => {
				this.#keys[layer] = concat([this.#keys[layer], k], 2);
				this.#values[layer] = concat([this.#values[layer], v], 2);
				return scaledDotProductAttention(q, this.#keys[layer], this.#values[layer]);
			});
		});
		this.#ids.push(id);
		this.#keep(gptHead(w, x, this.#embeddingT));
	}

	/** Keeps the logits of the last position. */
	#keep(logits: Tensor): void {
		this.#logits = logits.data.subarray(logits.size - this.weights.config.vocabSize);
	}
}
