// Vite bundles a worker only from this literal form.
export const gptReaderWorker = () =>
	new Worker(new URL('./gpt-reader.worker.ts', import.meta.url), { type: 'module' });
export const charContinuationWorker = () =>
	new Worker(new URL('./char-continuation.worker.ts', import.meta.url), { type: 'module' });
export const heldOutBitsWorker = () =>
	new Worker(new URL('./held-out-bits.worker.ts', import.meta.url), { type: 'module' });
