import { guideTexts } from '$lib/content/guide-text';
import { runJob } from '$lib/jobs';
import type { WordVectors } from '$lib/math/word-vectors';

/** Width of the word vectors: 32 dimensions, enough for a vocabulary of ~1,500 words. */
export const WORD_DIM = 32;

let cached: Promise<WordVectors> | undefined;

// Vite bundles the worker from this literal form.
const startWorker = () =>
	new Worker(new URL('./word-vectors.worker.ts', import.meta.url), { type: 'module' });

/**
 * Word vectors of the guide's own answers (`guideVectors`). The text is loaded only when asked
 * for; trained once per page (~0.2 s, about a second on a slow laptop) in a Web Worker, so the
 * page stays responsive meanwhile; without workers, on the page in short chunks. The worker
 * starts (fetching its script) while the text is still on its way, not after: on a slow network
 * that is a round trip less before the vectors.
 */
export function guideWordVectors(): Promise<WordVectors> {
	if (cached) return cached;
	const early = typeof Worker === 'undefined' ? undefined : startEarly();
	cached = guideTexts().then(
		(texts) =>
			runJob(
				() => import('./word-vectors.job').then((m) => m.guideVectors),
				{ ...texts, dim: WORD_DIM },
				{ worker: early ? () => early : startWorker }
			),
		(error: unknown) => {
			early?.terminate();
			throw error;
		}
	);
	return cached;
}

/** The worker, started now; undefined where it cannot be (runJob then runs the job on the page). */
function startEarly(): Worker | undefined {
	try {
		return startWorker();
	} catch {
		return undefined;
	}
}
