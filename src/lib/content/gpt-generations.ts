/**
 * GPT-3 and GPT-4 as OpenAI described them at release, each figure with its primary source; what
 * was never published (GPT-4's size and architecture) is null, never a guess.
 */
import { models, unpublishedModels, type Source } from './model-facts';

export type Modality = 'text' | 'image';

export interface ContextWindow {
	/** The model or API version that has it ("gpt-4-32k"). */
	name: string;
	tokens: number;
	source: Source;
}

/**
 * A generation of OpenAI's GPT as its makers described it at release; `config` is null where
 * the size and architecture were never published.
 */
export interface GptGeneration {
	id: 'gpt3' | 'gpt4';
	name: string;
	/** The day it was announced, ISO 8601. */
	released: string;
	releasedSource: Source;
	windows: readonly ContextWindow[];
	input: readonly Modality[];
	output: readonly Modality[];
	modalitiesSource: Source;
	/** The tokenizer's encoding, as named in tiktoken (and gpt-tokenizer). */
	encoding: 'r50k' | 'cl100k';
	encodingSource: Source;
	/** The encoding of later models of the same generation, if it changed. */
	laterEncoding?: { encoding: 'p50k'; models: string; source: Source };
	/** The id in `models` of its published configuration (size, layers, width), or null if none was published. */
	config: string | null;
	/** Where the size and architecture are given, or where their publication was declined. */
	sizeSource: Source;
}

const gpt3Paper = models.find((m) => m.id === 'gpt3-175b')!.source;
const gpt4Report = unpublishedModels.find((m) => m.id === 'gpt4')!.source;
const gpt4Page: Source = {
	title: 'OpenAI, GPT-4 (research announcement, 14 March 2023)',
	url: 'https://openai.com/index/gpt-4-research/',
	where: {
		en: '“GPT-4 has a context length of 8,192 tokens … a 32,768–context … version, gpt-4-32k”',
		zh: '“GPT-4 has a context length of 8,192 tokens … a 32,768–context … version, gpt-4-32k”'
	}
};
const tiktokenModels: Source = {
	title: 'OpenAI, tiktoken: the model-to-encoding table (tiktoken/model.py)',
	url: 'https://github.com/openai/tiktoken/blob/main/tiktoken/model.py',
	where: { en: 'MODEL_TO_ENCODING', zh: 'MODEL_TO_ENCODING' }
};

export const gptGenerations: readonly GptGeneration[] = [
	{
		id: 'gpt3',
		name: 'GPT-3',
		released: '2020-05-28',
		releasedSource: {
			...gpt3Paper,
			where: {
				en: 'arXiv submission, 28 May 2020 (v1)',
				zh: 'arXiv 提交于 2020 年 5 月 28 日（v1）'
			}
		},
		windows: [
			{
				name: 'GPT-3',
				tokens: 2048,
				source: { ...gpt3Paper, where: { en: '§2.1: n_ctx = 2048', zh: '§2.1：n_ctx = 2048' } }
			}
		],
		input: ['text'],
		output: ['text'],
		modalitiesSource: {
			...gpt3Paper,
			where: { en: '§2 (a language model of text)', zh: '§2（文本的语言模型）' }
		},
		// davinci and the other GPT-3 base models map to r50k_base, GPT-2's byte-level BPE.
		encoding: 'r50k',
		encodingSource: {
			...tiktokenModels,
			where: {
				en: 'MODEL_TO_ENCODING: "davinci": "r50k_base"',
				zh: 'MODEL_TO_ENCODING: "davinci": "r50k_base"'
			}
		},
		laterEncoding: {
			encoding: 'p50k',
			models: 'text-davinci-002/003',
			source: {
				...tiktokenModels,
				where: {
					en: 'MODEL_TO_ENCODING: "text-davinci-003": "p50k_base"',
					zh: 'MODEL_TO_ENCODING: "text-davinci-003": "p50k_base"'
				}
			}
		},
		config: 'gpt3-175b',
		sizeSource: { ...gpt3Paper, where: { en: 'Table 2.1', zh: '表 2.1' } }
	},
	{
		id: 'gpt4',
		name: 'GPT-4',
		released: '2023-03-14',
		releasedSource: gpt4Page,
		windows: [
			{ name: 'gpt-4', tokens: 8192, source: gpt4Page },
			{ name: 'gpt-4-32k', tokens: 32_768, source: gpt4Page },
			{
				name: 'GPT-4 Turbo (Nov. 2023)',
				// Announced as “128K”; OpenAI's model list gives 128,000 tokens.
				tokens: 128_000,
				source: {
					title: 'OpenAI, New models and developer products announced at DevDay (6 November 2023)',
					url: 'https://openai.com/index/new-models-and-developer-products-announced-at-devday/',
					where: {
						en: '“GPT-4 Turbo … has a 128K context window”',
						zh: '“GPT-4 Turbo … has a 128K context window”'
					}
				}
			}
		],
		input: ['text', 'image'],
		output: ['text'],
		modalitiesSource: {
			...gpt4Report,
			where: {
				en: 'Abstract: “a large-scale, multimodal model which can accept image and text inputs and produce text outputs”',
				zh: '摘要：“a large-scale, multimodal model which can accept image and text inputs and produce text outputs”'
			}
		},
		encoding: 'cl100k',
		encodingSource: {
			...tiktokenModels,
			where: {
				en: 'MODEL_TO_ENCODING: "gpt-4": "cl100k_base"',
				zh: 'MODEL_TO_ENCODING: "gpt-4": "cl100k_base"'
			}
		},
		config: null,
		sizeSource: gpt4Report
	}
];
