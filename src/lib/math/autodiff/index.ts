/**
 * A small reverse-mode automatic differentiation engine over dense float64 tensors, shaped like
 * PyTorch: tensors with requiresGrad, operations that record a graph, backward(), optimisers.
 */
export { Tensor, type TensorOptions } from './tensor';
export { noGrad, isGradEnabled } from './grad-mode';
export { concat, splitHeads, mergeHeads } from './ops/layout';
export { linear } from './ops/matmul';
export { scaledDotProductAttention, type AttentionOptions } from './ops/attention';
export { crossEntropy, binaryCrossEntropyWithLogits, mseLoss } from './losses';
export {
	SGD,
	Adam,
	AdamW,
	clipGradNorm,
	type Optimizer,
	type SGDOptions,
	type AdamOptions
} from './optim';
export { uniform, randn, xavierUniform, xavierNormal, heUniform, heNormal } from './init';
export { graph, type GraphNode } from './graph';
export {
	createMlp,
	mlpForward,
	mlpParameterCount,
	activate,
	type Mlp,
	type MlpActivation,
	type MlpInit
} from './mlp';
export { numericalGradient, gradientError } from './finite-difference';
export { matmulAdd, matmulTransposedAAdd, matmulTransposedBAdd } from './kernels/matmul';
