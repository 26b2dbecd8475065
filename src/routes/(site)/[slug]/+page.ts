import { loadDemo } from '$lib/demos/load';

export async function load({ data }) {
	return { ...data, demo: await loadDemo(data.question.demo) };
}
