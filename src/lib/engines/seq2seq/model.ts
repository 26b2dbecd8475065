/**
 * The encoder–decoder: a GRU reads the source into one hidden state per token; a second GRU writes
 * the digits one at a time. With attention (Bahdanau et al. 2015) each decoding step reads a
 * context that weighs all the encoder's states; without it, every step reads the same fixed
 * vector, the encoder's last state (the bottleneck of Sutskever et al. 2014 and Cho et al. 2014).
 */
import { concat, noGrad, Tensor, xavierUniform } from '$lib/math/autodiff';
import { type Rng } from '$lib/math/rng';
import {
	alignment,
	context,
	initAttention,
	projectKeys,
	type AttentionWeights
} from './additive-attention';
import { gruStep, gruStepProjected, initGru, type GruWeights } from './gru';
import { END, MAX_TARGET, PAD, SOURCE_VOCAB, TARGET_VOCAB } from './vocab';

export type ModelShape = { embed: number; hidden: number; attention: boolean };

export type Seq2Seq = {
	shape: ModelShape;
	sourceEmbed: Tensor;
	targetEmbed: Tensor;
	encoder: GruWeights;
	decoder: GruWeights;
	attention: AttentionWeights | null;
	out: Tensor;
	outBias: Tensor;
};

export function initSeq2Seq(shape: ModelShape, rng: Rng): Seq2Seq {
	const { embed, hidden } = shape;
	return {
		shape,
		sourceEmbed: xavierUniform([SOURCE_VOCAB, embed], rng),
		targetEmbed: xavierUniform([TARGET_VOCAB, embed], rng),
		encoder: initGru(embed, hidden, rng),
		decoder: initGru(embed + hidden, hidden, rng),
		attention: shape.attention ? initAttention(hidden, hidden, hidden, rng) : null,
		out: xavierUniform([2 * hidden, TARGET_VOCAB], rng),
		outBias: Tensor.zeros([TARGET_VOCAB], { requiresGrad: true })
	};
}

/** Every weight tensor, in a fixed order (for optimisers and checkpoints). */
export function parameters(m: Seq2Seq): Tensor[] {
	const gru = (g: GruWeights) => [g.wx, g.wh, g.bx, g.bh];
	return [
		m.sourceEmbed,
		m.targetEmbed,
		...gru(m.encoder),
		...gru(m.decoder),
		...(m.attention ? [m.attention.wa, m.attention.ua, m.attention.v] : []),
		m.out,
		m.outBias
	];
}

export function parameterCount(m: Seq2Seq): number {
	return parameters(m).reduce((n, p) => n + p.size, 0);
}

export type Encoded = {
	/** One state per source position [B, T, H]; past a source's end, its last state repeats. */
	states: Tensor;
	/** The state after each source's last token [B, H]. */
	final: Tensor;
	keys: Tensor | null;
	/** B·T flags: position t of source b holds no token. */
	padding: boolean[] | undefined;
};

/** Reads a batch of sources (token ids, each at least one long). */
export function encode(m: Seq2Seq, sources: readonly (readonly number[])[]): Encoded {
	const b = sources.length;
	const t = Math.max(...sources.map((s) => s.length));
	const h0 = m.shape.hidden;
	const timeMajor = Array.from(
		{ length: t * b },
		(_, i) => sources[i % b][Math.floor(i / b)] ?? PAD
	);
	const projected = m.sourceEmbed.gatherRows(timeMajor).matmul(m.encoder.wx).add(m.encoder.bx);
	let h = Tensor.zeros([b, h0]);
	const states: Tensor[] = [];
	for (let step = 0; step < t; step++) {
		const next = gruStepProjected(m.encoder, projected.narrow(0, step * b, b), h);
		const live = sources.map((s) => (step < s.length ? 1 : 0));
		h = live.every((x) => x === 1) ? next : h.add(next.sub(h).mul(Tensor.from(live, [b, 1])));
		states.push(h.reshape([b, 1, h0]));
	}
	const all = concat(states, 1);
	const padding = sources.flatMap((s) => Array.from({ length: t }, (_, j) => j >= s.length));
	return {
		states: all,
		final: h,
		keys: m.attention ? projectKeys(m.attention, all) : null,
		padding: padding.some(Boolean) ? padding : undefined
	};
}

export type DecoderStep = { state: Tensor; logits: Tensor; alignment: Tensor | null };

/** One decoding step for a batch: the previous output ids and state → the next state and logits. */
export function decodeStep(m: Seq2Seq, enc: Encoded, previous: readonly number[], state: Tensor) {
	const weights = m.attention ? alignment(m.attention, state, enc.keys!, enc.padding) : null;
	const c = weights ? context(weights, enc.states) : enc.final;
	const next = gruStep(m.decoder, concat([m.targetEmbed.gatherRows(previous), c], 1), state);
	const logits = concat([next, c], 1).matmul(m.out).add(m.outBias);
	return { state: next, logits, alignment: weights } satisfies DecoderStep;
}

/**
 * Teacher-forced logits for a batch of sources and their digit ids: step k reads the true digit
 * k − 1 (the start symbol at k = 0) and should write digit k, then END; a shorter target goes on
 * writing END to the batch's longest. Returns logits [B · steps, V] (step-major) and the targets.
 */
export function teacherForced(
	m: Seq2Seq,
	sources: readonly (readonly number[])[],
	targets: readonly (readonly number[])[]
): { logits: Tensor; labels: number[] } {
	const enc = encode(m, sources);
	const steps = Math.max(...targets.map((x) => x.length)) + 1;
	let state = enc.final;
	const logits: Tensor[] = [];
	const labels: number[] = [];
	for (let k = 0; k < steps; k++) {
		const previous = targets.map((x) => (k === 0 ? END : (x[k - 1] ?? END)));
		const step = decodeStep(m, enc, previous, state);
		state = step.state;
		logits.push(step.logits);
		labels.push(...targets.map((x) => x[k] ?? END));
	}
	return { logits: concat(logits, 0), labels };
}

export type Decoded = {
	/** The digit ids written, without END. */
	digits: number[];
	/** Whether the decoder wrote END within MAX_TARGET steps. */
	ended: boolean;
	/** Per step (END included): the weights over the source positions, when attention is on. */
	alignments: number[][];
	/** Per step: the probability of each target token. */
	probabilities: number[][];
	/** The encoder's state after each source token [T][H]. */
	states: number[][];
};

/** Greedy decoding of one source (token ids, at least one). */
export function greedyDecode(m: Seq2Seq, source: readonly number[]): Decoded {
	return noGrad(() => {
		const enc = encode(m, [source]);
		const h = m.shape.hidden;
		const flat = enc.states.toArray();
		const states = source.map((_, j) => flat.slice(j * h, (j + 1) * h));
		const out: Decoded = { digits: [], ended: false, alignments: [], probabilities: [], states };
		let state = enc.final;
		let previous = END;
		for (let k = 0; k < MAX_TARGET; k++) {
			const step = decodeStep(m, enc, [previous], state);
			state = step.state;
			const p = step.logits.softmax().toArray();
			out.probabilities.push(p);
			if (step.alignment) out.alignments.push(step.alignment.toArray());
			previous = p.indexOf(Math.max(...p));
			if (previous === END) {
				out.ended = true;
				break;
			}
			out.digits.push(previous);
		}
		return out;
	});
}

/** Greedy digits for a batch of sources at once (evaluation): one id list per source, END left out. */
export function greedyDigits(m: Seq2Seq, sources: readonly (readonly number[])[]): number[][] {
	return noGrad(() => {
		const enc = encode(m, sources);
		const out = sources.map(() => [] as number[]);
		const done = sources.map(() => false);
		let state = enc.final;
		let previous = sources.map(() => END);
		for (let k = 0; k < MAX_TARGET && done.some((d) => !d); k++) {
			const step = decodeStep(m, enc, previous, state);
			state = step.state;
			const logits = step.logits.toArray();
			previous = out.map((digits, i) => {
				const row = logits.slice(i * TARGET_VOCAB, (i + 1) * TARGET_VOCAB);
				const best = row.indexOf(Math.max(...row));
				if (best === END) done[i] = true;
				else if (!done[i]) digits.push(best);
				return best;
			});
		}
		return out;
	});
}
