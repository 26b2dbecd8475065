import { loadReferenceBytes } from '$lib/engines/gpt/reference';

/**
 * The shipped checkpoint's bytes, fetched when a page first asks for the tiny GPT (never in its
 * first load), for a worker to read; `load()` again after a failure.
 */
export class ReferenceBytes {
	bytes = $state.raw<Uint8Array>();
	error = $state<string>();

	constructor() {
		this.load();
	}

	load() {
		this.error = undefined;
		loadReferenceBytes().then(
			(bytes) => (this.bytes = bytes),
			(error: Error) => (this.error = error.message)
		);
	}
}
