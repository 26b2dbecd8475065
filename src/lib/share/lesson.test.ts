import { describe, expect, it } from 'vitest';
import { lessonHash, lessonPlace } from './lesson';

describe('lessonPlace(lesson, current)', () => {
	it('gives the neighbours inside the lesson, in the lesson order', () => {
		expect(lessonPlace([6, 12, 5, 1], 12)).toEqual({ index: 1, count: 4, prev: 6, next: 5 });
	});
	it('has no previous at the start and no next at the end', () => {
		expect(lessonPlace([6, 12, 5, 1], 6)).toEqual({
			index: 0,
			count: 4,
			prev: undefined,
			next: 12
		});
		expect(lessonPlace([6, 12, 5, 1], 1)).toEqual({ index: 3, count: 4, prev: 5, next: undefined });
	});
	it('is undefined for a question outside the lesson or an empty lesson', () => {
		expect(lessonPlace([6, 12], 7)).toBeUndefined();
		expect(lessonPlace([], 1)).toBeUndefined();
	});
});

describe('lessonHash(lesson, present)', () => {
	it('writes only the lesson and presenter keys', () => {
		expect(lessonHash([6, 12, 5, 1], true)).toBe('#present=1&lesson=6,12,5,1');
		expect(lessonHash([6, 12], false)).toBe('#lesson=6,12');
		expect(lessonHash([], false)).toBe('');
	});
});
