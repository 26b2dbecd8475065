/**
 * The shipped model: the reference shape trained by `npm run train` (the invocation, its full
 * output and the held-out loss are in `checkpoints/guide-gpt.txt`; a .log would be git-ignored).
 * Its 146 KB are data, not code: fetched on first use only, never in a page's first load, and
 * precached for offline use.
 */
import { decodeCheckpoint, type Checkpoint } from './checkpoint';
import { REFERENCE_URL } from './reference-url';

let bytes: Promise<Uint8Array> | undefined;

/** The checkpoint file's bytes, fetched once (for a worker's gptReader, say). */
export function loadReferenceBytes(): Promise<Uint8Array> {
	if (!bytes) {
		bytes = fetch(REFERENCE_URL).then(async (response) => {
			if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
			return new Uint8Array(await response.arrayBuffer());
		});
		bytes.catch(() => (bytes = undefined));
	}
	return bytes;
}

let loaded: Promise<Checkpoint> | undefined;

/** The shipped model, decoded on the page (its BPE codec, say, to count a prompt's tokens). */
export function loadReferenceModel(): Promise<Checkpoint> {
	if (!loaded) {
		loaded = loadReferenceBytes().then(decodeCheckpoint);
		loaded.catch(() => (loaded = undefined));
	}
	return loaded;
}
