import { describe, expect, it } from 'vitest';
import { neighbours, questionBySlug, questions, topics } from './registry';

describe('questions registry', () => {
	it('holds questions 1 to 50 in order with unique URL-safe slugs', () => {
		expect(questions.map((x) => x.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
		const slugs = new Set(questions.map((x) => x.slug));
		expect(slugs.size).toBe(50);
		for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('gives every topic at least one question', () => {
		for (const topic of topics) expect(questions.some((x) => x.topic === topic)).toBe(true);
	});

	it('keeps the published URLs of the design notes', () => {
		expect(questionBySlug('temperature')?.number).toBe(6);
		expect(questionBySlug('attention-scores')?.number).toBe(32);
		expect(questionBySlug('deployment-challenges')?.number).toBe(50);
	});

	it('links neighbours and stops at both ends', () => {
		expect(neighbours('tokenization').prev).toBeUndefined();
		expect(neighbours('tokenization').next?.slug).toBe('attention');
		expect(neighbours('deployment-challenges').next).toBeUndefined();
		expect(neighbours('nope')).toEqual({ prev: undefined, next: undefined });
	});
});
