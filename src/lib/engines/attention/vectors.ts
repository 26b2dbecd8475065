import { guideTexts } from '$lib/content/guide-text';
import { runJob } from '$lib/jobs';
import type { WordVectors } from '$lib/math/word-vectors';
import { guideVectors } from './word-vectors.job';

export { WORD_DIM } from './word-vectors.job';

let cached: Promise<WordVectors> | undefined;

// Vite bundles the worker from this literal form.
const startWorker = () =>
	new Worker(new URL('./word-vectors.worker.ts', import.meta.url), { type: 'module' });

/**
 * Word vectors of the guide's own answers (`guideVectors`). The text is loaded only when asked
 * for; trained once per page (~0.2 s, about a second on a slow laptop) in a Web Worker, so the
 * page stays responsive meanwhile; without workers, on the page in short chunks.
 */
export function guideWordVectors(): Promise<WordVectors> {
	cached ??= guideTexts().then((texts) => runJob(guideVectors, texts, { worker: startWorker }));
	return cached;
}
