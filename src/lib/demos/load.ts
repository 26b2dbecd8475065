import type { DemoRef } from '$lib/content/registry';
import type { DemoModule } from './types';

/** One lazy chunk per demo, so a page loads only the demo it shows. */
const modules = import.meta.glob<DemoModule>('./*/index.ts');

export async function loadDemo(ref: DemoRef | undefined): Promise<DemoModule | undefined> {
	const load = ref && modules[`./${ref.id}/index.ts`];
	if (ref && !load) throw new Error(`demo "${ref.id}" is in the registry but has no folder`);
	return load ? await load() : undefined;
}
