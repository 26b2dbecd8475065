/**
 * The sinusoidal encodings and their similarity PE·PEᵀ, computed fast enough to redraw a 512 × 512
 * picture on every slider step: the same numbers as sinusoidalPositionalEncoding and
 * positionalSimilarity, without a matrix product.
 */
import { checkSize } from './check-size';
import { sinusoidFrequency } from './positional';

/** ω_i for each (sin, cos) pair i, the last one unpaired for odd dModel. */
function frequencies(dModel: number): number[] {
	return Array.from({ length: Math.ceil(dModel / 2) }, (_, i) => sinusoidFrequency(i, dModel));
}

/** The rows computed so far for one dModel: a longer table at the same width only adds rows. */
let encodings = { dModel: 0, rows: [] as number[][] };

/**
 * Rows between two computed with Math.sin and Math.cos. The rows in between turn the previous
 * row's (sin, cos) pair by the angle ω, four products instead of two trigonometric calls (a
 * d_model drag redraws 512 × 512 entries per step); over ANCHOR_EVERY − 1 turns the rounding
 * stays below 1e-12 (the exact value's own argument, pos · ω, rounds by as much).
 */
const ANCHOR_EVERY = 16;

/**
 * Equal to sinusoidalPositionalEncoding(length, dModel) within 1e-12 per entry. Rows are computed
 * once per dModel and shared between calls (dragging the length slider costs no trigonometry):
 * treat them as read-only.
 */
export function positionalEncodingTable(length: number, dModel: number): number[][] {
	checkSize('positionalEncodingTable', 'length', length, 0);
	checkSize('positionalEncodingTable', 'dModel', dModel, 1);
	if (encodings.dModel !== dModel) encodings = { dModel, rows: [] };
	const { rows } = encodings;
	if (rows.length < length) {
		const omega = frequencies(dModel);
		const turnSin = omega.map(Math.sin);
		const turnCos = omega.map(Math.cos);
		for (let pos = rows.length; pos < length; pos++) {
			const row = new Array<number>(dModel);
			const previous = pos % ANCHOR_EVERY === 0 ? undefined : rows[pos - 1];
			for (let c = 0; c < dModel; c += 2) {
				if (c + 1 === dModel) {
					row[c] = Math.sin(pos * omega[c / 2]);
				} else if (previous) {
					const s = previous[c];
					const k = previous[c + 1];
					row[c] = s * turnCos[c / 2] + k * turnSin[c / 2];
					row[c + 1] = k * turnCos[c / 2] - s * turnSin[c / 2];
				} else {
					const angle = pos * omega[c / 2];
					row[c] = Math.sin(angle);
					row[c + 1] = Math.cos(angle);
				}
			}
			rows.push(row);
		}
	}
	return rows.slice(0, length);
}

/**
 * PE·PEᵀ for `length` positions, equal to positionalSimilarity(sinusoidalPositionalEncoding(…))
 * up to rounding. Each full pair contributes sin(pω)sin(qω) + cos(pω)cos(qω) = cos((p − q)ω), so
 * the paired part depends only on the offset p − q and is computed once per offset; for odd
 * dModel the unpaired last sin column adds sin(pω)·sin(qω).
 */
export function positionalSimilarityTable(length: number, dModel: number): number[][] {
	checkSize('positionalSimilarityTable', 'length', length, 0);
	checkSize('positionalSimilarityTable', 'dModel', dModel, 1);
	const omega = frequencies(dModel);
	const pairs = Math.floor(dModel / 2);
	const byOffset = new Float64Array(length);
	for (let d = 0; d < length; d++) {
		let s = 0;
		for (let i = 0; i < pairs; i++) s += Math.cos(d * omega[i]);
		byOffset[d] = s;
	}
	const lone =
		dModel % 2 === 1 ? Array.from({ length }, (_, p) => Math.sin(p * omega[pairs])) : undefined;
	const rows = new Array<number[]>(length);
	for (let p = 0; p < length; p++) {
		const row = new Array<number>(length);
		for (let q = 0; q < length; q++) {
			row[q] = byOffset[p > q ? p - q : q - p] + (lone ? lone[p] * lone[q] : 0);
		}
		rows[p] = row;
	}
	return rows;
}
