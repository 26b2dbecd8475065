import { allContent } from '$lib/server/content';

export function load() {
	return {
		questions: allContent().map(({ number, slug, topic, demo, answer }) => ({
			number,
			slug,
			topic,
			hasDemo: demo !== undefined,
			title: { en: answer.en.title, zh: answer.zh.title },
			text: { en: answer.en.text, zh: answer.zh.text }
		}))
	};
}
