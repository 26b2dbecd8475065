import { describe, expect, it } from 'vitest';
import { verdict } from './verdict';

const orders = (...bits: number[]) => bits.map((b, i) => ({ n: i + 1, bits: b }));

describe('verdict(gptBits, ngram)', () => {
	it('names the GPT when it needs fewer bits than every order', () => {
		const v = verdict(2, orders(4, 3, 2.5, 2.6, 2.7));
		expect(v).toMatchObject({ winner: 'gpt', bestN: 3, best: 2.5, beating: [] });
		expect(v.margin).toBeCloseTo(0.25, 12);
	});

	it('names the best order and every order that beats the GPT otherwise', () => {
		const v = verdict(2.8, orders(4.9, 3.7, 2.85, 2.33, 2.16));
		expect(v).toMatchObject({ winner: 'ngram', bestN: 5, beating: [4, 5] });
		expect(v.margin).toBeCloseTo(2.8 / 2.16 - 1, 12);
	});

	it('calls a tie what looks equal to two decimals', () => {
		expect(verdict(2.501, orders(3, 2.499))).toMatchObject({ winner: 'tie', margin: 0 });
	});
});
