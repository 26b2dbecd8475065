/**
 * Seeded initial weights. A weight matrix is [fanIn, fanOut] here, because layers compute
 * x·W (PyTorch's nn.Linear stores the transpose, [out, in]; the fans are the same numbers).
 * Every function draws from the rng it is given, so the seed in a link replays the same network.
 */
import { randomNormal, type Rng } from '../rng';
import { checkShape, formatShape, sizeOf } from './shape';
import { Tensor } from './tensor';

function fans(name: string, shape: number[]): { fanIn: number; fanOut: number } {
	checkShape(name, shape);
	if (shape.length !== 2 || shape[0] === 0 || shape[1] === 0) {
		throw new Error(`${name}: needs a non-empty [fanIn, fanOut] shape, got ${formatShape(shape)}`);
	}
	return { fanIn: shape[0], fanOut: shape[1] };
}

/** Independent draws from U(−bound, bound); a parameter (requiresGrad). */
export function uniform(shape: number[], bound: number, rng: Rng): Tensor {
	checkShape('uniform', shape);
	const data = new Float64Array(sizeOf(shape));
	for (let i = 0; i < data.length; i++) data[i] = (2 * rng() - 1) * bound;
	return new Tensor(data, shape, { requiresGrad: true });
}

/** Independent draws from N(0, std²); a parameter (requiresGrad). */
export function randn(shape: number[], std: number, rng: Rng): Tensor {
	checkShape('randn', shape);
	const data = new Float64Array(sizeOf(shape));
	for (let i = 0; i < data.length; i++) data[i] = std * randomNormal(rng);
	return new Tensor(data, shape, { requiresGrad: true });
}

/** Glorot/Xavier uniform: U(±gain·√(6/(fanIn + fanOut))), keeping activation variance for tanh-like layers. */
export function xavierUniform(shape: number[], rng: Rng, gain = 1): Tensor {
	const { fanIn, fanOut } = fans('xavierUniform', shape);
	return uniform(shape, gain * Math.sqrt(6 / (fanIn + fanOut)), rng);
}

/** Glorot/Xavier normal: N(0, gain²·2/(fanIn + fanOut)). */
export function xavierNormal(shape: number[], rng: Rng, gain = 1): Tensor {
	const { fanIn, fanOut } = fans('xavierNormal', shape);
	return randn(shape, gain * Math.sqrt(2 / (fanIn + fanOut)), rng);
}

/** He/Kaiming uniform for ReLU layers: U(±√(6/fanIn)), variance 2/fanIn. */
export function heUniform(shape: number[], rng: Rng): Tensor {
	const { fanIn } = fans('heUniform', shape);
	return uniform(shape, Math.sqrt(6 / fanIn), rng);
}

/** He/Kaiming normal for ReLU layers: N(0, 2/fanIn). */
export function heNormal(shape: number[], rng: Rng): Tensor {
	const { fanIn } = fans('heNormal', shape);
	return randn(shape, Math.sqrt(2 / fanIn), rng);
}
