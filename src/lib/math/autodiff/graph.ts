/** The recorded graph of a result, as plain records a drawing can lay out (a chain-rule page). */
import { topologicalOrder, type Tensor } from './tensor';

export interface GraphNode {
	/** The tensor's id (unique in the session; inputs have smaller ids). */
	id: number;
	/** The operation that made it ('add', 'matmul', …), or null for a leaf. */
	op: string | null;
	name: string | undefined;
	/** The ids of its inputs, in argument order. */
	inputs: number[];
	shape: readonly number[];
	value: Float32Array | Float64Array;
	/** ∂root/∂node after root.backward(); null before, and for tensors that take no gradient. */
	grad: Float32Array | Float64Array | null;
	tensor: Tensor;
}

/** Every node that `root` depends on, each after its inputs, ending with root. */
export function graph(root: Tensor): GraphNode[] {
	return topologicalOrder(root).map((t) => ({
		id: t.id,
		op: t.op,
		name: t.name,
		inputs: t.inputs.map((i) => i.id),
		shape: t.shape,
		value: t.data,
		grad: t.grad,
		tensor: t
	}));
}
