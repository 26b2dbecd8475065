import type { Lang } from '$lib/i18n/strings';
import type { Question } from './registry';

export type Answer = { title: string; html: string; text: string };
export type QuestionContent = Question & { answer: Record<Lang, Answer> };

/** What a link to another question shows. */
export type QuestionLink = { slug: string; number: number; title: Record<Lang, string> };
