/**
 * Foundation models by modality and training objective, each with its year, its size as its
 * makers published it, and the paper or official model card that says so. A size the source does
 * not give is never estimated: `withheld` when the makers chose not to publish it, `no-total`
 * when the source gives parts but no total. The year is that of the source's first version.
 */
import type { Source } from './model-facts';

/** What the model reads or makes: text-to-image models count as image models. */
export const modalities = ['text', 'code', 'image', 'audio', 'multimodal'] as const;
export type Modality = (typeof modalities)[number];

/** How it was pretrained. */
export const objectives = [
	'autoregressive',
	'masked',
	'contrastive',
	'diffusion',
	'supervised'
] as const;
export type Objective = (typeof objectives)[number];

export type FoundationSize =
	| { parameters: number; /** As the source states it. */ published: string }
	| { unknown: 'withheld' | 'no-total' };

export interface FoundationModel {
	id: string;
	name: string;
	year: number;
	modality: Modality;
	objective: Objective;
	size: FoundationSize;
	source: Source;
}

const arxiv = (id: string, title: string, where?: Source['where']): Source => ({
	title,
	url: `https://arxiv.org/abs/${id}`,
	...(where ? { where } : {})
});

export const foundationModels: readonly FoundationModel[] = [
	{
		id: 'bert',
		name: 'BERT',
		year: 2018,
		modality: 'text',
		objective: 'masked',
		size: { parameters: 340e6, published: '340M (BERT-Large)' },
		source: arxiv(
			'1810.04805',
			'Devlin et al., BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding (2018)',
			{ en: '§3', zh: '§3' }
		)
	},
	{
		id: 'gpt-2',
		name: 'GPT-2',
		year: 2019,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 1542e6, published: '1,542M' },
		source: {
			title: 'Radford et al., Language Models are Unsupervised Multitask Learners (2019)',
			url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
			where: { en: 'Table 2 (the largest of four sizes)', zh: '表 2（四种规模中最大的）' }
		}
	},
	{
		id: 't5',
		name: 'T5',
		year: 2019,
		modality: 'text',
		objective: 'masked',
		size: { parameters: 11e9, published: '11B (T5-11B)' },
		source: arxiv(
			'1910.10683',
			'Raffel et al., Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer (2019)',
			{
				en: 'span corruption objective; largest model',
				zh: '片段破坏（span corruption）目标；最大的模型'
			}
		)
	},
	{
		id: 'gpt-3',
		name: 'GPT-3',
		year: 2020,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 175e9, published: '175B' },
		source: arxiv('2005.14165', 'Brown et al., Language Models are Few-Shot Learners (2020)', {
			en: 'Table 2.1',
			zh: '表 2.1'
		})
	},
	{
		id: 'wav2vec-2',
		name: 'wav2vec 2.0',
		year: 2020,
		modality: 'audio',
		objective: 'contrastive',
		size: { parameters: 317e6, published: '317M (LARGE)' },
		source: arxiv(
			'2006.11477',
			'Baevski et al., wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations (2020)'
		)
	},
	{
		id: 'vit',
		name: 'ViT',
		year: 2020,
		modality: 'image',
		objective: 'supervised',
		size: { parameters: 632e6, published: '632M (ViT-Huge)' },
		source: arxiv(
			'2010.11929',
			'Dosovitskiy et al., An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale (2020)',
			{ en: 'Table 1', zh: '表 1' }
		)
	},
	{
		id: 'dall-e',
		name: 'DALL·E',
		year: 2021,
		modality: 'image',
		objective: 'autoregressive',
		size: { parameters: 12e9, published: '12B' },
		source: arxiv('2102.12092', 'Ramesh et al., Zero-Shot Text-to-Image Generation (2021)')
	},
	{
		id: 'clip',
		name: 'CLIP',
		year: 2021,
		modality: 'multimodal',
		objective: 'contrastive',
		size: { unknown: 'no-total' },
		source: arxiv(
			'2103.00020',
			'Radford et al., Learning Transferable Visual Models From Natural Language Supervision (2021)'
		)
	},
	{
		id: 'codex',
		name: 'Codex',
		year: 2021,
		modality: 'code',
		objective: 'autoregressive',
		size: { parameters: 12e9, published: '12B' },
		source: arxiv(
			'2107.03374',
			'Chen et al., Evaluating Large Language Models Trained on Code (2021)'
		)
	},
	{
		id: 'glide',
		name: 'GLIDE',
		year: 2021,
		modality: 'image',
		objective: 'diffusion',
		size: { parameters: 3.5e9, published: '3.5B' },
		source: arxiv(
			'2112.10741',
			'Nichol et al., GLIDE: Towards Photorealistic Image Generation and Editing with Text-Guided Diffusion Models (2021)'
		)
	},
	{
		id: 'gopher',
		name: 'Gopher',
		year: 2021,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 280e9, published: '280B' },
		source: arxiv(
			'2112.11446',
			'Rae et al., Scaling Language Models: Methods, Analysis & Insights from Training Gopher (2021)'
		)
	},
	{
		id: 'chinchilla',
		name: 'Chinchilla',
		year: 2022,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 70e9, published: '70B' },
		source: arxiv(
			'2203.15556',
			'Hoffmann et al., Training Compute-Optimal Large Language Models (2022)'
		)
	},
	{
		id: 'palm',
		name: 'PaLM',
		year: 2022,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 540e9, published: '540B' },
		source: arxiv(
			'2204.02311',
			'Chowdhery et al., PaLM: Scaling Language Modeling with Pathways (2022)'
		)
	},
	{
		id: 'dall-e-2',
		name: 'DALL·E 2',
		year: 2022,
		modality: 'image',
		objective: 'diffusion',
		size: { unknown: 'no-total' },
		source: arxiv(
			'2204.06125',
			'Ramesh et al., Hierarchical Text-Conditional Image Generation with CLIP Latents (2022)'
		)
	},
	{
		id: 'flamingo',
		name: 'Flamingo',
		year: 2022,
		modality: 'multimodal',
		objective: 'autoregressive',
		size: { parameters: 80e9, published: '80B' },
		source: arxiv(
			'2204.14198',
			'Alayrac et al., Flamingo: a Visual Language Model for Few-Shot Learning (2022)'
		)
	},
	{
		id: 'opt',
		name: 'OPT',
		year: 2022,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 175e9, published: '175B (OPT-175B)' },
		source: arxiv(
			'2205.01068',
			'Zhang et al., OPT: Open Pre-trained Transformer Language Models (2022)'
		)
	},
	{
		id: 'stable-diffusion',
		name: 'Stable Diffusion',
		year: 2022,
		modality: 'image',
		objective: 'diffusion',
		size: { unknown: 'no-total' },
		source: {
			title: 'CompVis, Stable Diffusion (official repository and model card, 2022)',
			url: 'https://github.com/CompVis/stable-diffusion',
			where: {
				en: 'v1: an 860M U-Net with the CLIP ViT-L/14 text encoder; no total given',
				zh: 'v1：860M 参数的 U-Net 加 CLIP ViT-L/14 文本编码器；未给出总数'
			}
		}
	},
	{
		id: 'bloom',
		name: 'BLOOM',
		year: 2022,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 176e9, published: '176B' },
		source: arxiv(
			'2211.05100',
			'BigScience Workshop, BLOOM: A 176B-Parameter Open-Access Multilingual Language Model (2022)'
		)
	},
	{
		id: 'whisper',
		name: 'Whisper',
		year: 2022,
		modality: 'audio',
		objective: 'autoregressive',
		size: { parameters: 1550e6, published: '1,550M (large)' },
		source: arxiv(
			'2212.04356',
			'Radford et al., Robust Speech Recognition via Large-Scale Weak Supervision (2022)',
			{ en: 'Table 1', zh: '表 1' }
		)
	},
	{
		id: 'llama',
		name: 'LLaMA',
		year: 2023,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 65e9, published: '65B' },
		source: arxiv(
			'2302.13971',
			'Touvron et al., LLaMA: Open and Efficient Foundation Language Models (2023)',
			{ en: 'the largest of four sizes', zh: '四种规模中最大的' }
		)
	},
	{
		id: 'gpt-4',
		name: 'GPT-4',
		year: 2023,
		modality: 'multimodal',
		objective: 'autoregressive',
		size: { unknown: 'withheld' },
		source: arxiv('2303.08774', 'OpenAI, GPT-4 Technical Report (2023)', {
			en: '§2: no details of the architecture, including model size',
			zh: '§2：未公布架构细节，包括模型规模'
		})
	},
	{
		id: 'sam',
		name: 'Segment Anything (SAM)',
		year: 2023,
		modality: 'image',
		objective: 'supervised',
		size: { parameters: 636e6, published: '632M + 4M' },
		source: {
			title: 'Meta AI, Segment Anything (official site, 2023)',
			url: 'https://segment-anything.com/',
			where: {
				en: 'FAQ “How big is the model?”: a 632M image encoder, a 4M prompt encoder and mask decoder',
				zh: 'FAQ “How big is the model?”：632M 的图像编码器，4M 的提示编码器和掩码解码器'
			}
		}
	},
	{
		id: 'starcoder',
		name: 'StarCoder',
		year: 2023,
		modality: 'code',
		objective: 'autoregressive',
		size: { parameters: 15.5e9, published: '15.5B' },
		source: arxiv('2305.06161', 'Li et al., StarCoder: may the source be with you! (2023)')
	},
	{
		id: 'llama-2',
		name: 'Llama 2',
		year: 2023,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 70e9, published: '70B' },
		source: arxiv(
			'2307.09288',
			'Touvron et al., Llama 2: Open Foundation and Fine-Tuned Chat Models (2023)',
			{ en: 'Table 1', zh: '表 1' }
		)
	},
	{
		id: 'code-llama',
		name: 'Code Llama',
		year: 2023,
		modality: 'code',
		objective: 'autoregressive',
		size: { parameters: 34e9, published: '34B' },
		source: arxiv(
			'2308.12950',
			'Rozière et al., Code Llama: Open Foundation Models for Code (2023)',
			{ en: 'the largest of the first release', zh: '首批发布中最大的' }
		)
	},
	{
		id: 'mistral-7b',
		name: 'Mistral 7B',
		year: 2023,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 7e9, published: '7B' },
		source: arxiv('2310.06825', 'Jiang et al., Mistral 7B (2023)')
	},
	{
		id: 'gemini',
		name: 'Gemini 1.0 (Ultra, Pro)',
		year: 2023,
		modality: 'multimodal',
		objective: 'autoregressive',
		size: { unknown: 'withheld' },
		source: arxiv(
			'2312.11805',
			'Gemini Team, Google, Gemini: A Family of Highly Capable Multimodal Models (2023)',
			{
				en: 'sizes published only for Nano (1.8B and 3.25B)',
				zh: '只公布了 Nano 的规模（1.8B 和 3.25B）'
			}
		)
	},
	{
		id: 'mixtral',
		name: 'Mixtral 8×7B',
		year: 2024,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 47e9, published: '47B' },
		source: arxiv('2401.04088', 'Jiang et al., Mixtral of Experts (2024)', {
			en: '13B of the 47B active per token',
			zh: '每个词元激活 47B 中的 13B'
		})
	},
	{
		id: 'llama-3',
		name: 'Llama 3',
		year: 2024,
		modality: 'text',
		objective: 'autoregressive',
		size: { parameters: 405e9, published: '405B' },
		source: arxiv('2407.21783', 'Llama Team, AI @ Meta, The Llama 3 Herd of Models (2024)', {
			en: 'Table 3',
			zh: '表 3'
		})
	}
];

export const firstYear = Math.min(...foundationModels.map((m) => m.year));
export const lastYear = Math.max(...foundationModels.map((m) => m.year));
