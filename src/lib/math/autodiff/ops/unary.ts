/**
 * The plumbing every element-wise function of one tensor shares: allocate, compute, record a
 * backward that receives the input, the output and the gradient buffer to add into. The loops
 * themselves stay in each operation so the JIT sees one tight, monomorphic loop per function.
 */
import { gradBuffer, record, type Data, type Tensor } from '../tensor';

export function unary(
	op: string,
	x: Tensor,
	forward: (x: Data, y: Data) => void,
	backward: (g: Data, x: Data, y: Data, gx: Data) => void
): Tensor {
	const y = new Float64Array(x.size);
	forward(x.data, y);
	return record(op, y, x.shape, [x], (g) => {
		const gx = gradBuffer(x);
		if (gx) backward(g, x.data, y, gx);
	});
}
