import type { DemoRef } from '$lib/content/registry';
import type { DemoModule } from './types';

/** One lazy chunk per demo folder, so a page loads only the demo it shows. */
const modules = import.meta.glob<{ default: DemoModule }>('./*/index.ts');

/** The ids of the demo folders that exist; a registered id without one is not built yet. */
export const builtDemoIds: readonly string[] = Object.keys(modules).map(
	(path) => path.split('/')[1]
);

export async function loadDemo(ref: DemoRef): Promise<DemoModule | undefined> {
	const load = modules[`./${ref.id}/index.ts`];
	return load && (await load()).default;
}
