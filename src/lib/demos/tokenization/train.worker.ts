/// <reference lib="webworker" />
/**
 * Trains BPE off the main thread, so a megabyte of pasted text never freezes the page.
 * In: { text, maxMerges }. Out: progress messages, then the run (or the error).
 */
import { trainRun } from './training';
import type { WorkerReply, WorkerRequest } from './training-job.svelte';

const PROGRESS_EVERY_MS = 50;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
	const { text, maxMerges } = event.data;
	const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
		self.postMessage(reply, transfer);
	let last = 0;
	try {
		const run = trainRun(text, maxMerges, (merges) => {
			const now = performance.now();
			if (now - last >= PROGRESS_EVERY_MS) {
				last = now;
				post({ type: 'progress', merges });
			}
		});
		post({ type: 'done', run }, [run.bytes.buffer]);
	} catch (error) {
		post({ type: 'error', message: String(error) });
	}
};
