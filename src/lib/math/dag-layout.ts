/**
 * A layered layout for small directed acyclic graphs (a computational graph of a few dozen
 * nodes), in the Sugiyama manner but kept small:
 * 1. layers by longest path to the sink, so each node sits right above its lowest consumer and
 *    every edge of a tree spans exactly one layer;
 * 2. order within a layer by a depth-first walk from the sink through the inputs in argument
 *    order, which draws a tree without crossings and leaves left to right as they are written;
 * 3. horizontal positions pulled toward the mean of their neighbours, alternately from above and
 *    from below, each layer placed as close to its wishes as its order and the spacing allow
 *    (least squares, solved exactly by pool-adjacent-violators).
 */

export type DagLayout = {
	/** Layer of each node, 0 at the top; sinks are in the last layer. */
	layer: number[];
	/** Horizontal position of each node in units of the node spacing, the leftmost at 0. */
	x: number[];
	layers: number;
	/** The largest x. */
	width: number;
};

/**
 * The points nearest to `wish` (least squares) that keep their order with gaps of at least 1:
 * p = q + i where q is the non-decreasing least-squares fit of wish[i] − i.
 */
export function placeInOrder(wish: readonly number[]): number[] {
	const blocks: { sum: number; count: number }[] = [];
	wish.forEach((w, i) => {
		blocks.push({ sum: w - i, count: 1 });
		while (blocks.length > 1) {
			const last = blocks[blocks.length - 1];
			const prev = blocks[blocks.length - 2];
			if (prev.sum / prev.count <= last.sum / last.count) break;
			prev.sum += last.sum;
			prev.count += last.count;
			blocks.pop();
		}
	});
	const out: number[] = [];
	for (const b of blocks) for (let k = 0; k < b.count; k++) out.push(b.sum / b.count + out.length);
	return out;
}

const SWEEPS = 4;

/** `inputs[i]`: the nodes node i reads; every input's index is smaller than its node's. */
export function layoutDag(inputs: readonly (readonly number[])[]): DagLayout {
	const n = inputs.length;
	if (n === 0) return { layer: [], x: [], layers: 0, width: 0 };
	const consumers: number[][] = inputs.map(() => []);
	inputs.forEach((ins, id) => ins.forEach((i) => consumers[i].push(id)));

	const rank = new Array<number>(n).fill(0);
	for (let id = n - 1; id >= 0; id--) {
		for (const c of consumers[id]) rank[id] = Math.max(rank[id], rank[c] + 1);
	}
	const layers = Math.max(...rank) + 1;
	const layer = rank.map((r) => layers - 1 - r);

	const seen = new Array<number>(n).fill(-1);
	let next = 0;
	const walk = (id: number) => {
		if (seen[id] >= 0) return;
		seen[id] = Infinity; // on the stack; a DAG never comes back to it
		for (const i of inputs[id]) walk(i);
		seen[id] = next++;
	};
	for (let id = n - 1; id >= 0; id--) if (consumers[id].length === 0) walk(id);

	const rows: number[][] = Array.from({ length: layers }, () => []);
	for (let id = 0; id < n; id++) rows[layer[id]].push(id);
	for (const row of rows) row.sort((a, b) => seen[a] - seen[b]);

	const x = new Array<number>(n).fill(0);
	for (const row of rows) row.forEach((id, k) => (x[id] = k));
	const mean = (ids: number[]) => ids.reduce((s, i) => s + x[i], 0) / ids.length;
	const place = (row: number[], neighbours: (id: number) => readonly number[]) => {
		const wish = row.map((id) => {
			const near = neighbours(id);
			return near.length ? mean([...near]) : x[id];
		});
		placeInOrder(wish).forEach((p, k) => (x[row[k]] = p));
	};
	for (let sweep = 0; sweep < SWEEPS; sweep++) {
		for (let l = layers - 2; l >= 0; l--) place(rows[l], (id) => consumers[id]);
		for (let l = 1; l < layers; l++) place(rows[l], (id) => inputs[id]);
	}

	const left = Math.min(...x);
	for (let id = 0; id < n; id++) x[id] -= left;
	return { layer, x, layers, width: Math.max(...x) };
}
