import { guideSentences } from '$lib/content/guide-sentences';
import { questions, topics, type Topic } from '$lib/content/registry';
import type { Lang } from '$lib/i18n/strings';

/** A sentence of the guide's answers, labelled with the topic of the question it answers. */
export interface LabelledSentence {
	text: string;
	question: number;
	topic: Topic;
	/** The topic's place in `topics` (the class index). */
	label: number;
}

const topicOf = new Map(questions.map((q) => [q.number, q.topic]));

/**
 * The labelled set: every answer sentence of the guide in one language, its label the topic of
 * its question (registry.ts). The questions' own sentences (titles) are left out: they are short
 * questions, half of them naming the page's subject word for word, and not part of any answer.
 */
export async function labelledSentences(lang: Lang): Promise<LabelledSentence[]> {
	return (await guideSentences(lang))
		.filter((s) => !s.title)
		.map((s) => {
			const topic = topicOf.get(s.question)!;
			return { text: s.text, question: s.question, topic, label: topics.indexOf(topic) };
		});
}
