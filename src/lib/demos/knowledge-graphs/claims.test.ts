import { describe, expect, it } from 'vitest';
import { triples, type Triple } from '$lib/content/knowledge-triples';
import { checkClaim } from './claims';

const at = (i: number) => triples[i];
const text = (evidence: number[]) =>
	evidence.map((i) => `${at(i).subject} ${at(i).relation} ${at(i).object}`);

describe('checkClaim', () => {
	it('supports a stated fact', () => {
		const v = checkClaim({ subject: 'qlora', relation: 'extends', object: 'lora' }, triples);
		expect(v.kind).toBe('supported');
		expect(text(v.evidence)).toEqual(['qlora extends lora']);
	});

	it('supports a fact reached through a chain of a relation that carries over', () => {
		const v = checkClaim({ subject: 'llm', relation: 'uses', object: 'self-attention' }, triples);
		expect(v.kind).toBe('supported');
		expect(text(v.evidence)).toEqual(['llm uses transformer', 'transformer uses self-attention']);
	});

	it('chains "improves on": Gemini over GPT-4 over GPT-3', () => {
		const v = checkClaim({ subject: 'gemini', relation: 'improvesOn', object: 'gpt-3' }, triples);
		expect(v.kind).toBe('supported');
		expect(text(v.evidence)).toEqual(['gemini improvesOn gpt-4', 'gpt-4 improvesOn gpt-3']);
	});

	it('contradicts a swapped object, citing what the graph states instead', () => {
		const v = checkClaim({ subject: 'qlora', relation: 'extends', object: 'bert' }, triples);
		expect(v.kind).toBe('contradicted');
		expect(text(v.evidence)).toEqual(['qlora extends lora']);
	});

	it('contradicts the reverse of a stated fact', () => {
		const v = checkClaim({ subject: 'gpt-3', relation: 'improvesOn', object: 'gpt-4' }, triples);
		expect(v.kind).toBe('contradicted');
		expect(text(v.evidence)).toEqual(['gpt-4 improvesOn gpt-3']);
	});

	it('answers unknown when the graph says nothing about that relation of the subject', () => {
		expect(
			checkClaim({ subject: 'bert', relation: 'mitigates', object: 'overfitting' }, triples)
		).toEqual({
			kind: 'unknown',
			evidence: []
		});
	});

	it('supports every stated triple and contradicts it reversed or swapped in a small graph', () => {
		const small: Triple[] = [
			{ subject: 'a', relation: 'uses', object: 'b', question: 1 },
			{ subject: 'b', relation: 'uses', object: 'c', question: 1 }
		];
		expect(checkClaim({ subject: 'a', relation: 'uses', object: 'c' }, small).kind).toBe(
			'supported'
		);
		expect(checkClaim({ subject: 'c', relation: 'uses', object: 'a' }, small).kind).toBe('unknown');
		expect(checkClaim({ subject: 'b', relation: 'uses', object: 'a' }, small).kind).toBe(
			'contradicted'
		);
		expect(checkClaim({ subject: 'a', relation: 'isA', object: 'c' }, small).kind).toBe('unknown');
		// "used for" does not carry over: a closed-world reading calls the chained claim contradicted.
		const usedFor = small.map((t) => ({ ...t, relation: 'usedFor' as const }));
		expect(checkClaim({ subject: 'a', relation: 'usedFor', object: 'c' }, usedFor).kind).toBe(
			'contradicted'
		);
	});
});
