import { expect, it } from 'vitest';
import { subscript } from './subscript';

it('subscript(k) writes each digit of k in subscript', () => {
	expect(subscript(0)).toBe('₀');
	expect(subscript(12)).toBe('₁₂');
	expect(subscript(309)).toBe('₃₀₉');
});
