import { error } from '@sveltejs/kit';
import { neighbours, questions } from '$lib/content/registry';
import { contentBySlug } from '$lib/server/content';

export function entries() {
	return questions.map(({ slug }) => ({ slug }));
}

/** What a previous/next link needs. */
function summary(slug: string | undefined) {
	const q = slug === undefined ? undefined : contentBySlug(slug);
	return (
		q && { slug: q.slug, number: q.number, title: { en: q.answer.en.title, zh: q.answer.zh.title } }
	);
}

export function load({ params }) {
	const question = contentBySlug(params.slug);
	if (!question) error(404, 'Not found');
	const { prev, next } = neighbours(params.slug);
	// Every question's link, by number: a lesson in the URL may lead to any of them.
	const links = questions.map(({ slug }) => summary(slug)!);
	return { question, prev: summary(prev?.slug), next: summary(next?.slug), links };
}
