/** What the tiny GPT's heads need, fetched once chosen: never in a page's first load. */
export async function loadGpt() {
	const [{ default: View }, { loadReferenceBytes }] = await Promise.all([
		import('./GptSource.svelte'),
		import('$lib/engines/gpt/reference')
	]);
	return { View, bytes: await loadReferenceBytes() };
}

export type LoadedGpt = Awaited<ReturnType<typeof loadGpt>>;
