/**
 * The shipped model: the reference shape trained by `npm run train` (the invocation, its full
 * output and the held-out loss are in `checkpoints/guide-gpt.txt`; a .log would be git-ignored).
 * Its 0.5 MB are data, not code: fetched on first use only, never in a page's first load, and
 * precached for offline use.
 */
import url from './checkpoints/guide-gpt.bin?url';
import { decodeCheckpoint, type Checkpoint } from './checkpoint';

let loaded: Promise<Checkpoint> | undefined;

export function loadReferenceModel(): Promise<Checkpoint> {
	if (!loaded) {
		loaded = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
				return response.arrayBuffer();
			})
			.then((buffer) => decodeCheckpoint(new Uint8Array(buffer)));
		loaded.catch(() => (loaded = undefined));
	}
	return loaded;
}
