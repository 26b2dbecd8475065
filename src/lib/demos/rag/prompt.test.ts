import { describe, expect, it } from 'vitest';
import { augmentedPrompt } from './prompt';

const labels = {
	instruction: 'Use the sources.',
	source: 'Source',
	question: 'Question',
	answer: 'Answer'
};

describe('augmentedPrompt(query, sources, labels)', () => {
	it('numbers the sources in order and ends with the question', () => {
		const prompt = augmentedPrompt(
			'  What is RAG? ',
			[
				{ text: 'RAG retrieves.', from: 'answer 36 · English' },
				{ text: 'RAG 检索。', from: 'answer 36 · Chinese' }
			],
			labels
		);
		expect(prompt).toBe(
			'Use the sources.\n\n[1] Source (answer 36 · English):\nRAG retrieves.\n\n[2] Source (answer 36 · Chinese):\nRAG 检索。\n\nQuestion: What is RAG?\nAnswer:'
		);
	});
	it('holds only the instruction and the question when nothing was retrieved', () => {
		expect(augmentedPrompt('x', [], labels)).toBe('Use the sources.\n\nQuestion: x\nAnswer:');
	});
});
