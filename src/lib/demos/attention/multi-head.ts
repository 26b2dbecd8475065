/** Multi-head layout of question 22: a fixed d_model split into h heads of d_k = d_model / h. */
import { concatColumns } from '$lib/math/linalg';

/** 48 = 2⁴·3 is divisible by 1, 2, 3, 4, 6 and 8 heads. */
export const MULTI_D_MODEL = 48;
export const MULTI_MAX_TOKENS = 32;
export const MAX_HEADS = 8;

/** The head counts from 1 to max that divide dModel: the only ones with a whole d_k. */
export function headCounts(dModel: number, max = MAX_HEADS): number[] {
	return Array.from({ length: max }, (_, i) => i + 1).filter((h) => dModel % h === 0);
}

/** The largest allowed head count not above `asked` (at least 1). */
export function nearestHeadCount(asked: number, dModel: number): number {
	return headCounts(dModel)
		.filter((h) => h <= asked)
		.reduce((a, b) => Math.max(a, b), 1);
}

/**
 * The heads' outputs side by side, n × (h·d_v), and which head each column belongs to.
 */
export function concatHeads(outputs: number[][][]): { concat: number[][]; headOfColumn: number[] } {
	const concat = concatColumns(outputs);
	const headOfColumn = outputs.flatMap((O, h) => new Array<number>(O[0]?.length ?? 0).fill(h));
	return { concat, headOfColumn };
}
