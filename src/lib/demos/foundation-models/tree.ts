/**
 * The map's geometry: foundation models nested by modality, then training objective, packed as
 * circles (d3-hierarchy's pack), and the view that fits one circle to the map.
 */
import { hierarchy, pack } from 'd3';
import {
	modalities,
	objectives,
	type FoundationModel,
	type Modality,
	type Objective
} from '$lib/content/foundation-models';

export type MapNode = {
	/** 'root', 'text', 'text/masked', 'text/masked/bert'. */
	id: string;
	kind: 'root' | 'modality' | 'objective' | 'model';
	parent: string | null;
	x: number;
	y: number;
	r: number;
	/** Models inside (1 for a model). */
	count: number;
	modality?: Modality;
	objective?: Objective;
	model?: FoundationModel;
};

type Datum = {
	id: string;
	kind: MapNode['kind'];
	modality?: Modality;
	objective?: Objective;
	model?: FoundationModel;
	children?: Datum[];
};

/** The years from `a` to `b` in order, whichever way round they were given. */
export const yearSpan = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);

export function inYears(models: readonly FoundationModel[], from: number, to: number) {
	const [lo, hi] = yearSpan(from, to);
	return models.filter((m) => m.year >= lo && m.year <= hi);
}

/** Modality → objective → model, keeping only the groups that hold a model, in the data's order. */
export function nest(models: readonly FoundationModel[]): Datum {
	const children: Datum[] = [];
	for (const modality of modalities) {
		const groups: Datum[] = [];
		for (const objective of objectives) {
			const inside = models.filter((m) => m.modality === modality && m.objective === objective);
			if (inside.length === 0) continue;
			groups.push({
				id: `${modality}/${objective}`,
				kind: 'objective',
				modality,
				objective,
				children: inside.map((model) => ({
					id: `${modality}/${objective}/${model.id}`,
					kind: 'model',
					modality,
					objective,
					model
				}))
			});
		}
		if (groups.length)
			children.push({ id: modality, kind: 'modality', modality, children: groups });
	}
	return { id: 'root', kind: 'root', children };
}

/** Every circle of the map in a square of `size` px, parents before children. */
export function packMap(models: readonly FoundationModel[], size: number): MapNode[] {
	const root = hierarchy(nest(models)).count();
	const packed = pack<Datum>()
		.size([size, size])
		.padding(size / 90)(root);
	return packed.descendants().map((n) => ({
		id: n.data.id,
		kind: n.data.kind,
		parent: n.parent?.data.id ?? null,
		x: n.x,
		y: n.y,
		r: n.r,
		count: n.value ?? 0,
		modality: n.data.modality,
		objective: n.data.objective,
		model: n.data.model
	}));
}

/**
 * The node a link names, or its nearest ancestor still on the map (a year filter may have emptied
 * a group), or the root.
 */
export function nodeAt(nodes: readonly MapNode[], at: string): MapNode {
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const parts = at.split('/');
	for (let i = parts.length; i > 0; i--) {
		const node = byId.get(parts.slice(0, i).join('/'));
		if (node && node.kind !== 'model') return node;
	}
	return nodes[0];
}

/** The view (translate x, y, scale k) that fills a `size` square with `node`, with a margin. */
export function fitView(node: MapNode, size: number, margin = 1.06) {
	const k = Math.max(1, size / (2 * node.r * margin));
	return { x: size / 2 - node.x * k, y: size / 2 - node.y * k, k };
}
