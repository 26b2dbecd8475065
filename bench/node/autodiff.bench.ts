/**
 * Speed of the autodiff engine (src/lib/math/autodiff) on one core:
 *  - matmul throughput in GFLOP/s (2·N³ flops) at 64×64 and 256×256, the raw kernel and the
 *    Tensor op, plus the two transposed kernels backward uses; target ≥ 1 GFLOP/s;
 *  - one training step (forward, backward, Adam) of an MLP 2→32→32→2 on a batch of 64;
 *  - one training step of a pre-norm transformer block (4-head causal attention through the fused
 *    scaledDotProductAttention, and a GELU MLP) at d_model 64, context 64;
 *  - a tiny GPT (2 blocks, d_model 64, context 64, 65 symbols, batch 8): training tokens per
 *    second, against the 3,000 tokens/s the GPT demo needs.
 * Times are CPU time of this process (process.cpuUsage), not wall-clock time: on a machine
 * shared by many processes the wall clock mostly measures waiting for a core, while a worker in
 * a reader's browser has one to itself. (CPU time still counts V8's helper threads and suffers
 * from other processes sharing the caches, so figures vary by ±30 % on a busy machine.) Each
 * figure is the best of several rounds (eight for the GPT) of at least 200 ms after a warm-up
 * round: the best, because interference only ever adds time. Training steps call
 * backward({ retainGrads: false }), as a training loop should.
 * Prints a table and one `BENCH_JSON {...}` line.
 */
import { test } from 'vitest';
import {
	Adam,
	Tensor,
	crossEntropy,
	heNormal,
	matmulAdd,
	matmulTransposedAAdd,
	matmulTransposedBAdd,
	randn,
	scaledDotProductAttention,
	xavierUniform
} from '../../src/lib/math/autodiff';
import { createRng, type Rng } from '../../src/lib/math/rng';

const ROUNDS = 5;

const ROUND_MS = 200;

function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/** The best CPU time in ms per call of `run`, over `rounds` rounds of at least ROUND_MS each, after a warm-up round. */
function bestMs(run: () => void, rounds = ROUNDS): number {
	let best = Infinity;
	for (let round = 0; round <= rounds; round++) {
		const start = cpuMs();
		let calls = 0;
		while (cpuMs() - start < ROUND_MS) {
			run();
			calls++;
		}
		if (round > 0) best = Math.min(best, (cpuMs() - start) / calls);
	}
	return best;
}

function matmulFigures(n: number) {
	const rng = createRng(n);
	const a = Float64Array.from({ length: n * n }, () => rng() - 0.5);
	const b = Float64Array.from({ length: n * n }, () => rng() - 0.5);
	const c = new Float64Array(n * n);
	const gflops = (ms: number) => (2 * n ** 3) / (ms * 1e6);
	const at = Tensor.from(a, [n, n]);
	const bt = Tensor.from(b, [n, n]);
	return {
		kernel: gflops(bestMs(() => matmulAdd(a, b, c, n, n, n))),
		transposedB: gflops(bestMs(() => matmulTransposedBAdd(a, b, c, n, n, n))),
		transposedA: gflops(bestMs(() => matmulTransposedAAdd(a, b, c, n, n, n))),
		tensor: gflops(bestMs(() => at.matmul(bt)))
	};
}

function mlpStepMs(): number {
	const rng = createRng(1);
	const x = randn([64, 2], 1, rng).detach();
	const y = Array.from({ length: 64 }, (_, i) => (x.data[2 * i] * x.data[2 * i + 1] > 0 ? 1 : 0));
	const params = [
		heNormal([2, 32], rng),
		Tensor.zeros([32], { requiresGrad: true }),
		heNormal([32, 32], rng),
		Tensor.zeros([32], { requiresGrad: true }),
		heNormal([32, 2], rng),
		Tensor.zeros([2], { requiresGrad: true })
	];
	const [w1, b1, w2, b2, w3, b3] = params;
	const opt = new Adam(params, { lr: 1e-2 });
	return bestMs(() => {
		opt.zeroGrad();
		const h = x.matmul(w1).add(b1).relu().matmul(w2).add(b2).relu();
		crossEntropy(h.matmul(w3).add(b3), y).backward({ retainGrads: false });
		opt.step();
	});
}

interface Block {
	ln1: [Tensor, Tensor];
	ln2: [Tensor, Tensor];
	qkv: Tensor;
	out: Tensor;
	up: Tensor;
	down: Tensor;
}

function makeBlock(d: number, rng: Rng): Block {
	const ones = () => Tensor.from(new Array(d).fill(1), [d], { requiresGrad: true });
	const zeros = () => Tensor.zeros([d], { requiresGrad: true });
	return {
		ln1: [ones(), zeros()],
		ln2: [ones(), zeros()],
		qkv: xavierUniform([d, 3 * d], rng),
		out: xavierUniform([d, d], rng),
		up: xavierUniform([d, 4 * d], rng),
		down: xavierUniform([4 * d, d], rng)
	};
}

const blockParams = (b: Block) => [...b.ln1, ...b.ln2, b.qkv, b.out, b.up, b.down];

/** x [B, T, d] → x + attention(ln(x)), then + mlp(ln(·)); causal, `heads` heads. */
function applyBlock(x: Tensor, p: Block, heads: number): Tensor {
	const [batch, t, d] = x.shape;
	const dh = d / heads;
	const qkv = x.layerNorm(...p.ln1).matmul(p.qkv);
	const split = (i: number) =>
		qkv
			.narrow(2, i * d, d)
			.reshape([batch, t, heads, dh])
			.transpose(1, 2); // [B, H, T, dh]
	const attended = scaledDotProductAttention(split(0), split(1), split(2), { causal: true });
	const mixed = attended.transpose(1, 2).reshape([batch, t, d]).matmul(p.out);
	const r = x.add(mixed);
	return r.add(
		r
			.layerNorm(...p.ln2)
			.matmul(p.up)
			.gelu()
			.matmul(p.down)
	);
}

function blockStepMs(d: number, t: number): number {
	const rng = createRng(2);
	const block = makeBlock(d, rng);
	const x = randn([1, t, d], 1, rng).detach();
	const target = randn([1, t, d], 1, rng).detach();
	const opt = new Adam(blockParams(block), { lr: 1e-3 });
	return bestMs(() => {
		opt.zeroGrad();
		applyBlock(x, block, 4).mul(target).mean().backward({ retainGrads: false });
		opt.step();
	});
}

function gptTokensPerSecond(layers: number, d: number, t: number, vocab: number, batch: number) {
	const rng = createRng(3);
	const tokens = randn([vocab, d], 0.02, rng);
	const positions = randn([t, d], 0.02, rng);
	const blocks = Array.from({ length: layers }, () => makeBlock(d, rng));
	const lnF: [Tensor, Tensor] = [
		Tensor.from(new Array(d).fill(1), [d], { requiresGrad: true }),
		Tensor.zeros([d], { requiresGrad: true })
	];
	const head = xavierUniform([d, vocab], rng);
	const params = [tokens, positions, ...blocks.flatMap(blockParams), ...lnF, head];
	const opt = new Adam(params, { lr: 1e-3 });
	const ids = Array.from({ length: batch * (t + 1) }, () => Math.floor(rng() * vocab));
	const inputs = ids.filter((_, i) => i % (t + 1) < t);
	const targets = ids.filter((_, i) => i % (t + 1) > 0);
	const ms = bestMs(() => {
		opt.zeroGrad();
		let x = tokens.gatherRows(inputs).reshape([batch, t, d]).add(positions);
		for (const b of blocks) x = applyBlock(x, b, 4);
		crossEntropy(x.layerNorm(...lnF).matmul(head), targets).backward({ retainGrads: false });
		opt.step();
	}, 8);
	return {
		stepMs: ms,
		tokensPerSecond: (batch * t) / (ms / 1000),
		parameters: params.reduce((s, p) => s + p.size, 0)
	};
}

test('autodiff engine: matmul throughput and training steps', () => {
	const m64 = matmulFigures(64);
	const m256 = matmulFigures(256);
	const mlp = mlpStepMs();
	const block = blockStepMs(64, 64);
	const gpt = gptTokensPerSecond(2, 64, 64, 65, 8);
	const figures = {
		matmul64KernelGflops: +m64.kernel.toFixed(2),
		matmul64TensorGflops: +m64.tensor.toFixed(2),
		matmul64TransposedBGflops: +m64.transposedB.toFixed(2),
		matmul64TransposedAGflops: +m64.transposedA.toFixed(2),
		matmul256KernelGflops: +m256.kernel.toFixed(2),
		matmul256TensorGflops: +m256.tensor.toFixed(2),
		matmul256TransposedBGflops: +m256.transposedB.toFixed(2),
		matmul256TransposedAGflops: +m256.transposedA.toFixed(2),
		mlpStepMs: +mlp.toFixed(3),
		attentionBlockStepMs: +block.toFixed(2),
		gptStepMs: +gpt.stepMs.toFixed(1),
		gptTokensPerSecond: Math.round(gpt.tokensPerSecond),
		gptParameters: gpt.parameters
	};
	const g = (x: number) => `${x.toFixed(2)} GFLOP/s`;
	console.log(
		[
			`Autodiff engine (CPU time, best of ${ROUNDS} rounds)`,
			`matmul 64×64     kernel ${g(m64.kernel)}, Tensor ${g(m64.tensor)}, A·Bᵀ ${g(m64.transposedB)}, Aᵀ·B ${g(m64.transposedA)}`,
			`matmul 256×256   kernel ${g(m256.kernel)}, Tensor ${g(m256.tensor)}, A·Bᵀ ${g(m256.transposedB)}, Aᵀ·B ${g(m256.transposedA)}`,
			`MLP 2→32→32→2, batch 64: ${mlp.toFixed(3)} ms per training step`,
			`transformer block d 64, context 64, 4 heads: ${block.toFixed(2)} ms per training step`,
			`tiny GPT 2×64, context 64, batch 8 (${gpt.parameters} weights): ${gpt.stepMs.toFixed(1)} ms per step, ${Math.round(gpt.tokensPerSecond)} tokens/s (target ≥ 3000)`
		].join('\n')
	);
	console.log(`BENCH_JSON ${JSON.stringify(figures)}`);
});
