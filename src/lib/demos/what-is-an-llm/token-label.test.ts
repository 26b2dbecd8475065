import { describe, expect, it } from 'vitest';
import { textWithBytes, tokenLabel } from './token-label';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('textWithBytes', () => {
	it('gives whole characters back as text', () => {
		expect(textWithBytes(bytes('a 词元 b'))).toBe('a 词元 b');
	});
	it('writes bytes that are not whole characters as hex, each broken run once', () => {
		const word = bytes('词元');
		expect(textWithBytes(word.slice(1))).toBe('‹af 8d›元');
		expect(textWithBytes(Uint8Array.of(0x61, 0xe8, 0xaf, 0x62))).toBe('a‹e8 af›b');
		expect(textWithBytes(word.slice(0, 2))).toBe('‹e8 af›');
	});
	it('writes control characters as hex too, but keeps tabs and line breaks', () => {
		expect(textWithBytes(Uint8Array.of(0x61, 0x05, 0x09, 0x0a, 0x7f))).toBe('a‹05›\t\n‹7f›');
	});
});

describe('tokenLabel', () => {
	it('shows spaces and line breaks', () => {
		expect(tokenLabel(bytes(' the\n'))).toBe('·the↵');
	});
});
