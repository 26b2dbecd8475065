import { HashState } from './hash-state.svelte';
import { keySet, siteSchema } from './site-params';

/** The site's own hash keys (hide, lock, theme, lang, present, lesson), followed on every page. */
export const site = new HashState(siteSchema);

/** Which controls a link hides or locks (`#hide=seed&lock=t`, or `all`). */
class ControlPolicy {
	#hide = $derived(keySet(site.values.hide));
	#lock = $derived(keySet(site.values.lock));

	/** A control without a parameter (a stepper, a view switch) is hidden only by `all`. */
	hidden(param?: string): boolean {
		return this.#hide.all || (param !== undefined && this.#hide.keys.has(param));
	}

	locked(param?: string): boolean {
		return this.#lock.all || (param !== undefined && this.#lock.keys.has(param));
	}
}

export const controlPolicy = new ControlPolicy();
