/**
 * Binary logistic regression, the discriminative classifier: it models p(y = 1 | x) = σ(w·x + b)
 * directly and never how x arises. Trained by minimising the mean log loss plus an L2 penalty on
 * w (not on b), whose gradient is closed-form:
 *   L = (1/n) Σ −[y log p + (1 − y) log(1 − p)] + (λ/2)|w|²,  ∂L/∂w = (1/n) Σ (p − y) x + λw,
 *   ∂L/∂b = (1/n) Σ (p − y).
 * The penalty keeps w finite on separable data, where the unpenalised optimum runs off to infinity.
 * Rows are sparse (indices and values), so a bag of words over a large vocabulary stays cheap.
 */

export interface SparseRow {
	indices: readonly number[];
	values: readonly number[];
}

export interface LogisticModel {
	weights: number[];
	bias: number;
}

/** Labels are 0 or 1. */
type Labels = readonly number[];

export const sigmoid = (z: number): number =>
	z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));

/** A dense row (a point in the plane) as a sparse one. */
export const denseRow = (x: readonly number[]): SparseRow => ({
	indices: x.map((_, i) => i),
	values: x
});

export function logisticLogit(model: LogisticModel, row: SparseRow): number {
	let z = model.bias;
	for (let k = 0; k < row.indices.length; k++) z += model.weights[row.indices[k]] * row.values[k];
	return z;
}

export const logisticProbability = (model: LogisticModel, row: SparseRow): number =>
	sigmoid(logisticLogit(model, row));

/** log(1 + eᶻ) without overflow. */
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/** The penalised mean log loss and its gradient (formulas above). */
export function logisticLoss(
	model: LogisticModel,
	rows: readonly SparseRow[],
	labels: Labels,
	l2: number
): { loss: number; gradWeights: number[]; gradBias: number } {
	const n = rows.length;
	const gradWeights = model.weights.map((w) => l2 * w);
	let gradBias = 0;
	let loss = (l2 / 2) * model.weights.reduce((s, w) => s + w * w, 0);
	rows.forEach((row, i) => {
		const z = logisticLogit(model, row);
		// −log p = softplus(−z) for y = 1; −log(1 − p) = softplus(z) for y = 0.
		loss += softplus(labels[i] === 1 ? -z : z) / n;
		const residual = (sigmoid(z) - labels[i]) / n;
		gradBias += residual;
		for (let k = 0; k < row.indices.length; k++)
			gradWeights[row.indices[k]] += residual * row.values[k];
	});
	return { loss, gradWeights, gradBias };
}

/**
 * Full-batch gradient descent from w = 0, b = 0: `steps` steps of size `rate`. Returns the model
 * and the loss before each step.
 */
export function trainLogisticGD(
	rows: readonly SparseRow[],
	labels: Labels,
	dimension: number,
	{ steps, rate, l2 }: { steps: number; rate: number; l2: number }
): { model: LogisticModel; losses: number[] } {
	let model: LogisticModel = { weights: new Array<number>(dimension).fill(0), bias: 0 };
	const losses: number[] = [];
	for (let s = 0; s < steps; s++) {
		const { loss, gradWeights, gradBias } = logisticLoss(model, rows, labels, l2);
		losses.push(loss);
		model = {
			weights: model.weights.map((w, k) => w - rate * gradWeights[k]),
			bias: model.bias - rate * gradBias
		};
	}
	return { model, losses };
}

/**
 * Newton's method (iteratively reweighted least squares) for a few dense features: each step
 * solves H Δ = ∇L with the Hessian H = (1/n) Σ p(1 − p) x̃x̃ᵀ + λ (on w, not b), x̃ = (x, 1). The
 * loss is convex, so it converges in a handful of steps; it stops when the step is below `tolerance`.
 */
export function fitLogisticNewton(
	points: readonly (readonly number[])[],
	labels: Labels,
	l2: number,
	{ maxSteps = 30, tolerance = 1e-10 } = {}
): { model: LogisticModel; steps: number } {
	const d = points[0]?.length ?? 0;
	const n = points.length;
	// θ = (w, b); gradient g and Hessian H of the penalised mean log loss, x̃ = (x, 1).
	const theta = new Array<number>(d + 1).fill(0);
	const g = new Array<number>(d + 1);
	const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1));
	for (let step = 1; step <= maxSteps; step++) {
		for (let a = 0; a <= d; a++) {
			g[a] = a < d ? l2 * theta[a] : 0;
			for (let b = 0; b <= d; b++) H[a][b] = a === b && a < d ? l2 : 0;
		}
		for (let i = 0; i < n; i++) {
			const x = points[i];
			let z = theta[d];
			for (let a = 0; a < d; a++) z += theta[a] * x[a];
			const p = sigmoid(z);
			const r = (p - labels[i]) / n;
			const w = (p * (1 - p)) / n;
			for (let a = 0; a <= d; a++) {
				const xa = a < d ? x[a] : 1;
				g[a] += r * xa;
				for (let b = 0; b <= a; b++) H[a][b] += w * xa * (b < d ? x[b] : 1);
			}
		}
		for (let a = 0; a <= d; a++) for (let b = a + 1; b <= d; b++) H[a][b] = H[b][a];
		const delta = solve(H, g);
		let largest = 0;
		for (let a = 0; a <= d; a++) {
			theta[a] -= delta[a];
			largest = Math.max(largest, Math.abs(delta[a]));
		}
		if (largest < tolerance) return { model: modelOf(theta, d), steps: step };
	}
	return { model: modelOf(theta, d), steps: maxSteps };
}

const modelOf = (theta: number[], d: number): LogisticModel => ({
	weights: theta.slice(0, d),
	bias: theta[d]
});

/** Solves A x = b by Gaussian elimination with partial pivoting (A small and non-singular). */
function solve(A: number[][], b: number[]): number[] {
	const n = b.length;
	const M = A.map((row, i) => [...row, b[i]]);
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++) if (Math.abs(M[r][col]) > Math.abs(M[pivot][col])) pivot = r;
		[M[col], M[pivot]] = [M[pivot], M[col]];
		for (let r = col + 1; r < n; r++) {
			const f = M[r][col] / M[col][col];
			for (let c = col; c <= n; c++) M[r][c] -= f * M[col][c];
		}
	}
	const x = new Array<number>(n).fill(0);
	for (let r = n - 1; r >= 0; r--) {
		let s = M[r][n];
		for (let c = r + 1; c < n; c++) s -= M[r][c] * x[c];
		x[r] = s / M[r][r];
	}
	return x;
}
