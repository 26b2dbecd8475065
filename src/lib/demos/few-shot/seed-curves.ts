/** The accuracy-against-k curve averaged over several seeds: one seed's curve is noisy. */
// The engine's file, not its index: the index brings the guide's sentences into the worker.
import { accuracyByK, splitFor } from '$lib/engines/topic-classifier/few-shot';

export const CURVE_SEEDS = 10;

/** Mean accuracy at each k over seeds 1…seeds, with the lowest and highest seen. */
export function seedCurves(
	items: readonly { vector?: number[]; label: number }[],
	nClasses: number,
	descriptions: readonly (number[] | undefined)[],
	withDescription: boolean,
	seeds = CURVE_SEEDS
): { mean: number[]; low: number[]; high: number[] } {
	const curves = Array.from({ length: seeds }, (_, s) =>
		accuracyByK(items, splitFor(items, nClasses, s + 1), descriptions, withDescription)
	);
	const at = (k: number) => curves.map((c) => c[k]);
	const ks = curves[0].map((_, k) => k);
	return {
		mean: ks.map((k) => at(k).reduce((a, b) => a + b, 0) / seeds),
		low: ks.map((k) => Math.min(...at(k))),
		high: ks.map((k) => Math.max(...at(k)))
	};
}
