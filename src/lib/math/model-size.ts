/**
 * Parameters of a decoder-only Transformer from its configuration, counted matrix by matrix, so
 * a page can show where they sit (embeddings, attention, MLP, norms).
 */

export interface DecoderShape {
	layers: number;
	dModel: number;
	heads: number;
	/** Fewer than `heads` under grouped-query attention; equal for multi-head attention. */
	kvHeads: number;
	headDim: number;
	/** Width of the MLP's hidden layer. */
	ffn: number;
	vocab: number;
	/** Two matrices (up, down) for a GELU MLP; three (gate, up, down) for SwiGLU. */
	mlp: 'gelu' | 'swiglu';
	/** LayerNorm has a gain and a bias per dimension, RMSNorm a gain only. */
	norm: 'layernorm' | 'rmsnorm';
	/** Biases on every linear layer (GPT-2, GPT-3) or none (Llama, Mistral). */
	bias: boolean;
	/** The output layer reuses the token embedding (GPT-2) or has its own. */
	tiedEmbeddings: boolean;
	/** Learned position embeddings of this many positions; 0 for rotary (no parameters). */
	learnedPositions: number;
	/** Experts per MLP (mixture of experts: each expert a full MLP, plus a router); 1 for dense. */
	experts?: number;
	/** Experts each token runs through (top-k routing); all of them when absent. */
	activeExperts?: number;
}

export interface ParameterCount {
	embeddings: number;
	attention: number;
	mlp: number;
	norms: number;
	total: number;
}

/** Parameters of one MLP (one expert): up (and gate, for SwiGLU) and down projections. */
function mlpParameters(s: DecoderShape): number {
	const linear = (dIn: number, dOut: number) => dIn * dOut + (s.bias ? dOut : 0);
	return (s.mlp === 'swiglu' ? 2 : 1) * linear(s.dModel, s.ffn) + linear(s.ffn, s.dModel);
}

/** Parameters per part: token (and position) embeddings, attention, MLPs and routers, norms. */
export function decoderParameters(s: DecoderShape): ParameterCount {
	const linear = (dIn: number, dOut: number) => dIn * dOut + (s.bias ? dOut : 0);
	const q = s.heads * s.headDim;
	const kv = s.kvHeads * s.headDim;
	const attention = linear(s.dModel, q) + 2 * linear(s.dModel, kv) + linear(q, s.dModel);
	const experts = s.experts ?? 1;
	const oneMlp = mlpParameters(s);
	const router = experts > 1 ? s.dModel * experts : 0;
	const norm = (s.norm === 'layernorm' ? 2 : 1) * s.dModel;
	const parts = {
		embeddings: s.vocab * s.dModel * (s.tiedEmbeddings ? 1 : 2) + s.learnedPositions * s.dModel,
		attention: s.layers * attention,
		mlp: s.layers * (experts * oneMlp + router),
		// Two per block and one after the last.
		norms: (2 * s.layers + 1) * norm
	};
	return { ...parts, total: parts.embeddings + parts.attention + parts.mlp + parts.norms };
}

/**
 * Parameters one token runs through: the total less the MLPs of the experts the router did not
 * pick (every expert's router weights still count, as every token's gate reads them all).
 */
export function activeParameters(s: DecoderShape): number {
	const experts = s.experts ?? 1;
	const active = Math.min(experts, s.activeExperts ?? experts);
	return decoderParameters(s).total - s.layers * (experts - active) * mlpParameters(s);
}
