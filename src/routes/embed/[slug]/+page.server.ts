import { error } from '@sveltejs/kit';
import { questions } from '$lib/content/registry';
import { contentBySlug } from '$lib/server/content';

export function entries() {
	return questions.map(({ slug }) => ({ slug }));
}

export function load({ params }) {
	const q = contentBySlug(params.slug);
	if (!q) error(404, 'Not found');
	return {
		question: {
			number: q.number,
			slug: q.slug,
			demo: q.demo,
			title: { en: q.answer.en.title, zh: q.answer.zh.title }
		}
	};
}
