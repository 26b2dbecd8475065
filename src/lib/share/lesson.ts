/**
 * A lesson: an ordered list of question numbers in the URL (`#present=1&lesson=6,12,5,1`) that
 * ← / → walk through in presenter mode.
 */
import { encodeHash } from '$lib/state/params';
import { siteSchema, type SiteValues } from '$lib/state/site-params';

export type LessonPlace = { index: number; count: number; prev?: number; next?: number };

/** Where `current` sits in the lesson, or undefined when it is not part of it. */
export function lessonPlace(lesson: readonly number[], current: number): LessonPlace | undefined {
	const index = lesson.indexOf(current);
	if (index === -1) return undefined;
	return { index, count: lesson.length, prev: lesson[index - 1], next: lesson[index + 1] };
}

/** The hash that carries a lesson (and presenter mode) from one question to the next. */
export function lessonHash(lesson: readonly number[], present: boolean): string {
	const values: SiteValues = {
		...Object.fromEntries(Object.entries(siteSchema).map(([k, spec]) => [k, spec.default])),
		present,
		lesson: [...lesson]
	} as SiteValues;
	return encodeHash(siteSchema, values);
}
