import { replaceState } from '$app/navigation';
import {
	coerce,
	decodeHash,
	defaults,
	encodeHash,
	type ParamIssue,
	type Schema,
	type Values
} from './params';

const WRITE_DELAY_MS = 200;

/** The `#…` part of a URL, or '' without one. */
/** A URL's hash as location.hash reads it: a bare '#' reads as ''. */
const hashOf = (url: string) => {
	const hash = url.includes('#') ? url.slice(url.indexOf('#')) : '';
	return hash === '#' ? '' : hash;
};

/**
 * The hash as the page's states last read or wrote it, shared by all of them (the site's keys and
 * a demo's live in one hash). A URL that differs holds a hand edit whose hashchange event has not
 * arrived yet: a debounced write then must not replace it.
 */
let knownHash = '';

/**
 * A demo's parameters, living in the URL hash. Controls call `set`; the hash follows after a
 * short quiet spell (replaceState, so the back button is not flooded); a hash edited by hand
 * flows back in. Server rendering sees the defaults; `connect()` reads the hash after hydration.
 */
export class HashState<S extends Schema> {
	values: Values<S>;
	issues = $state.raw<ParamIssue[]>([]);
	#extra: [string, string][] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#schema: S;
	#locked: (key: string) => boolean;

	/** `locked` names keys a link has fixed (`#lock=…`): controls cannot change them. */
	constructor(schema: S, locked: (key: string) => boolean = () => false) {
		this.#schema = schema;
		this.#locked = locked;
		this.values = $state(defaults(schema));
	}

	get schema(): S {
		return this.#schema;
	}

	set<K extends keyof S & string>(key: K, value: Values<S>[K]) {
		if (this.#locked(key)) return;
		this.values[key] = coerce(this.#schema[key], value) as Values<S>[K];
		this.#scheduleWrite();
	}

	/** Several parameters at once, e.g. a preset. */
	assign(patch: Partial<Values<S>>) {
		for (const [key, value] of Object.entries(patch)) {
			if (this.#locked(key)) continue;
			(this.values as Record<string, unknown>)[key] = coerce(this.#schema[key], value);
		}
		this.#scheduleWrite();
	}

	reset() {
		this.assign(defaults(this.#schema));
	}

	/** Start following the URL; returns the function that stops it. */
	connect(): () => void {
		knownHash = location.hash;
		this.#read(location.hash);
		// A hand-edited hash wins over a change still waiting to be written; read it from the
		// event, since a pending write may have replaced the URL before the event arrived.
		const read = (event: HashChangeEvent) => {
			clearTimeout(this.#timer);
			this.#timer = undefined;
			const hash = hashOf(event.newURL);
			knownHash = hash;
			this.#read(hash);
			if (location.hash !== hash) this.#scheduleWrite();
		};
		// Leaving the page must not lose a change still waiting for its debounced write.
		const flush = () => this.flush();
		window.addEventListener('hashchange', read);
		window.addEventListener('pagehide', flush);
		return () => {
			window.removeEventListener('hashchange', read);
			window.removeEventListener('pagehide', flush);
			this.flush();
		};
	}

	/** Take the URL's hash as it is now (after a navigation, which fires no hashchange). */
	readUrl() {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		knownHash = location.hash;
		this.#read(location.hash);
	}

	/** Write any pending change now. */
	flush() {
		if (this.#timer === undefined) return;
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#write();
	}

	hash(): string {
		return encodeHash(this.#schema, this.values, this.#extra);
	}

	#read(hash: string) {
		const decoded = decodeHash(this.#schema, hash);
		Object.assign(this.values, decoded.values);
		this.issues = decoded.issues;
		this.#extra = decoded.extra;
	}

	#scheduleWrite() {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			this.#write();
		}, WRITE_DELAY_MS);
	}

	#write() {
		// A hand edit still on its way wins: its hashchange event reads it and writes if need be.
		if (location.hash !== knownHash) return;
		// Keys this schema does not own may have changed since the last read: keep them as they are now.
		this.#extra = decodeHash(this.#schema, location.hash).extra;
		const hash = this.hash();
		if (hash === location.hash || (hash === '' && location.hash === '')) return;
		// The current page's own URL with a new hash: nothing to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(location.pathname + location.search + hash, {});
		knownHash = location.hash;
	}
}
