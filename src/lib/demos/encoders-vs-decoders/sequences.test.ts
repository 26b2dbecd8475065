import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	BOS,
	EOS,
	SEP,
	clampStep,
	decoderInput,
	decoderOnlySequence,
	nextToken,
	stepCount,
	visibleFrom
} from './sequences';

const source = ['the', 'cat', 'sleeps'];
const target = ['猫', '在', '睡觉'];

describe('teacher-forced sequences', () => {
	it('the decoder reads <s> and the target so far, and predicts the next target token', () => {
		expect(decoderInput(target, 0)).toEqual([BOS]);
		expect(nextToken(target, 0)).toBe('猫');
		expect(decoderInput(target, 2)).toEqual([BOS, '猫', '在']);
		expect(nextToken(target, 2)).toBe('睡觉');
		expect(decoderInput(target, 3)).toEqual([BOS, '猫', '在', '睡觉']);
		expect(nextToken(target, 3)).toBe(EOS);
		expect(stepCount(target)).toBe(4);
	});

	it('a decoder-only model reads one sequence: prompt, separator, answer so far', () => {
		expect(decoderOnlySequence(source, target, 0)).toEqual([...source, SEP]);
		expect(decoderOnlySequence(source, target, 2)).toEqual([...source, SEP, '猫', '在']);
	});

	it('steps out of range are clamped', () => {
		expect(clampStep(-3, target)).toBe(0);
		expect(clampStep(99, target)).toBe(3);
		expect(decoderInput(target, 99)).toHaveLength(4);
		expect(nextToken([], 5)).toBe(EOS);
	});

	it('the sequences grow by one token per step', () => {
		fc.assert(
			fc.property(fc.array(fc.string(), { maxLength: 20 }), fc.nat(25), (tgt, s) => {
				const step = clampStep(s, tgt);
				expect(decoderInput(tgt, step)).toHaveLength(step + 1);
				expect(decoderOnlySequence(source, tgt, step)).toHaveLength(source.length + 1 + step);
			})
		);
	});
});

describe('visibleFrom', () => {
	it('an encoder token sees the whole source and none of the output', () => {
		const v = visibleFrom('encdec', 'source', 0, 3, 2);
		expect(v.source).toEqual([true, true, true]);
		expect(v.decoder).toEqual([false, false]);
	});

	it('a decoder token of T5 sees earlier decoder tokens and the whole source', () => {
		const v = visibleFrom('encdec', 'decoder', 1, 3, 4);
		expect(v.source).toEqual([true, true, true]);
		expect(v.decoder).toEqual([true, true, false, false]);
	});

	it('in GPT the one sequence is causal and there is no separate source', () => {
		const v = visibleFrom('decoder', 'decoder', 2, 0, 5);
		expect(v.source).toEqual([]);
		expect(v.decoder).toEqual([true, true, true, false, false]);
	});

	it('a decoder token sees exactly i + 1 decoder tokens', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(29), (n, i0) => {
				const i = i0 % n;
				const v = visibleFrom('encdec', 'decoder', i, 4, n);
				expect(v.decoder.filter(Boolean)).toHaveLength(i + 1);
			})
		);
	});
});
