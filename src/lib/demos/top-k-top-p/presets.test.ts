import { describe, expect, it } from 'vitest';
import { samplingSteps } from '$lib/math/sampling';
import { presetById } from '$lib/engines/next-token';
import { survivorCounts } from './pipeline';

const kept = (id: string, opts: { topK?: number; topP?: number }) =>
	survivorCounts(samplingSteps(presetById(id).logits, opts)).minP;

describe('the example distributions show where top-p and top-k differ', () => {
	it('peaked: top-p 0.9 keeps one or two tokens where top-k 5 keeps five', () => {
		expect(kept('capital', { topP: 0.9 })).toBe(1);
		expect(kept('drink', { topP: 0.9 })).toBe(2);
		expect(kept('capital', { topK: 5 })).toBe(5);
		expect(kept('drink', { topK: 5 })).toBe(5);
	});

	it('flat: top-p 0.9 keeps most of the tokens', () => {
		expect(kept('story', { topP: 0.9 })).toBeGreaterThanOrEqual(9);
		expect(kept('cat', { topP: 0.9 })).toBeGreaterThan(kept('drink', { topP: 0.9 }));
	});
});
