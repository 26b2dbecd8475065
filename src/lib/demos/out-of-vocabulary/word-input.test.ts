import { describe, expect, it } from 'vitest';
import { readWord } from './word-input';

describe('readWord(input)', () => {
	it('takes the first word and says when there were more', () => {
		expect(readWord('cryptocurrency')).toEqual({
			kind: 'word',
			word: 'cryptocurrency',
			rest: false
		});
		expect(readWord('  crypto currency ')).toEqual({ kind: 'word', word: 'crypto', rest: true });
		expect(readWord('人工智能')).toEqual({ kind: 'word', word: '人工智能', rest: false });
		expect(readWord('👨‍👩‍👧')).toEqual({ kind: 'word', word: '👨‍👩‍👧', rest: false });
	});

	it('reads blank input as empty', () => {
		expect(readWord('')).toEqual({ kind: 'empty' });
		expect(readWord(' \t\n')).toEqual({ kind: 'empty' });
	});
});
