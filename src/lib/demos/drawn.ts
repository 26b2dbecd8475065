import { getContext, setContext } from 'svelte';

const KEY = Symbol('demo drawn');

/** The demo area says what happens once its demo has drawn (DemoArea). */
export const onDemoDrawn = (handler: () => void): void => void setContext(KEY, handler);

/** What `<Drawn />` calls; outside a demo area (a component test), nothing. */
export const demoDrawnHandler = (): (() => void) =>
	getContext<(() => void) | undefined>(KEY) ?? (() => {});
