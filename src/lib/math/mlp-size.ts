/**
 * How many numbers a fully connected network of layer widths `sizes` learns: Σ (fanIn + 1)·fanOut
 * (weights and biases). Apart from the autodiff engine, so that a page that only states a size
 * does not load the engine.
 */
export function mlpParameterCount(sizes: readonly number[]): number {
	let count = 0;
	for (let i = 0; i + 1 < sizes.length; i++) count += (sizes[i] + 1) * sizes[i + 1];
	return count;
}
