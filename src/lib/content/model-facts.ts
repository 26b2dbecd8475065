/**
 * Published configurations of language models and published figures of accelerators, each with
 * where it was published. What was never published is `null`, never a guess; pages say
 * "not published" for it. Parameter counts are computed from the configurations
 * ($lib/math/model-size); `published` is the size as its authors state it.
 */
import type { Lang } from '$lib/i18n/strings';
import type { DecoderShape } from '$lib/math/model-size';

export interface Source {
	title: string;
	url: string;
	/** Where in it: a table or a section, in both languages (a quotation stays as published). */
	where?: Record<Lang, string>;
}

export interface ModelFacts {
	id: string;
	name: string;
	year: number;
	shape: DecoderShape;
	/** Tokens the model was trained to attend over. */
	contextLength: number;
	/** The size as published ("7B", "175.0B"); for a mixture of experts, in all. */
	published: string;
	/** A mixture of experts: the parameters one token uses, as published. */
	publishedActive?: string;
	source: Source;
}

export interface UnpublishedModel {
	id: string;
	name: string;
	year: number;
	/** What its makers chose not to publish. */
	unpublished: string[];
	source: Source;
}

export interface GpuFacts {
	id: string;
	name: string;
	memoryGB: number;
	/** Memory bandwidth, GB/s (10⁹ bytes per second). */
	bandwidthGBs: number;
	/** Peak dense bf16 tensor throughput, TFLOPS (10¹² per second); null where not published. */
	bf16Tflops: number | null;
	source: Source;
}

const llama = {
	mlp: 'swiglu',
	norm: 'rmsnorm',
	bias: false,
	tiedEmbeddings: false,
	learnedPositions: 0,
	headDim: 128
} as const;

const llama2: Source = {
	title: 'Touvron et al., Llama 2: Open Foundation and Fine-Tuned Chat Models (2023)',
	url: 'https://arxiv.org/abs/2307.09288',
	where: {
		en: 'Table 1 (sizes, context); shapes from the released config.json files',
		zh: '表 1（规模、上下文长度）；结构参数取自发布的 config.json 文件'
	}
};
const llama3: Source = {
	title: 'Llama Team, AI @ Meta, The Llama 3 Herd of Models (2024)',
	url: 'https://arxiv.org/abs/2407.21783',
	where: { en: 'Table 3', zh: '表 3' }
};

export const models: readonly ModelFacts[] = [
	{
		id: 'gpt2-small',
		name: 'GPT-2 small',
		year: 2019,
		shape: {
			layers: 12,
			dModel: 768,
			heads: 12,
			kvHeads: 12,
			headDim: 64,
			ffn: 3072,
			vocab: 50_257,
			mlp: 'gelu',
			norm: 'layernorm',
			bias: true,
			tiedEmbeddings: true,
			learnedPositions: 1024
		},
		contextLength: 1024,
		// The paper's 117M; the released checkpoint counts 124M (its embeddings were recounted).
		published: '117M',
		source: {
			title: 'Radford et al., Language Models are Unsupervised Multitask Learners (2019)',
			url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
			where: {
				en: 'Table 2 and §2.3; heads from the released hparams.json',
				zh: '表 2 与 §2.3；头数取自发布的 hparams.json'
			}
		}
	},
	{
		id: 'gpt3-175b',
		name: 'GPT-3 175B',
		year: 2020,
		shape: {
			layers: 96,
			dModel: 12_288,
			heads: 96,
			kvHeads: 96,
			headDim: 128,
			ffn: 4 * 12_288,
			vocab: 50_257,
			mlp: 'gelu',
			norm: 'layernorm',
			bias: true,
			tiedEmbeddings: true,
			learnedPositions: 2048
		},
		contextLength: 2048,
		published: '175.0B',
		source: {
			title: 'Brown et al., Language Models are Few-Shot Learners (2020)',
			url: 'https://arxiv.org/abs/2005.14165',
			where: {
				en: 'Table 2.1 and §2.1 (FFN four times d_model, GPT-2’s tokenizer)',
				zh: '表 2.1 与 §2.1（FFN 宽度为 d_model 的四倍，沿用 GPT-2 的分词器）'
			}
		}
	},
	{
		id: 'llama2-7b',
		name: 'Llama 2 7B',
		year: 2023,
		shape: {
			...llama,
			layers: 32,
			dModel: 4096,
			heads: 32,
			kvHeads: 32,
			ffn: 11_008,
			vocab: 32_000
		},
		contextLength: 4096,
		published: '7B',
		source: llama2
	},
	{
		id: 'llama2-13b',
		name: 'Llama 2 13B',
		year: 2023,
		shape: {
			...llama,
			layers: 40,
			dModel: 5120,
			heads: 40,
			kvHeads: 40,
			ffn: 13_824,
			vocab: 32_000
		},
		contextLength: 4096,
		published: '13B',
		source: llama2
	},
	{
		id: 'llama2-70b',
		name: 'Llama 2 70B',
		year: 2023,
		shape: {
			...llama,
			layers: 80,
			dModel: 8192,
			heads: 64,
			kvHeads: 8,
			ffn: 28_672,
			vocab: 32_000
		},
		contextLength: 4096,
		published: '70B',
		source: llama2
	},
	{
		id: 'llama3-8b',
		name: 'Llama 3 8B',
		year: 2024,
		shape: {
			...llama,
			layers: 32,
			dModel: 4096,
			heads: 32,
			kvHeads: 8,
			ffn: 14_336,
			vocab: 128_256
		},
		contextLength: 8192,
		published: '8B',
		source: llama3
	},
	{
		id: 'llama3-70b',
		name: 'Llama 3 70B',
		year: 2024,
		shape: {
			...llama,
			layers: 80,
			dModel: 8192,
			heads: 64,
			kvHeads: 8,
			ffn: 28_672,
			vocab: 128_256
		},
		contextLength: 8192,
		published: '70B',
		source: llama3
	},
	{
		id: 'mistral-7b',
		name: 'Mistral 7B',
		year: 2023,
		shape: {
			...llama,
			layers: 32,
			dModel: 4096,
			heads: 32,
			kvHeads: 8,
			ffn: 14_336,
			vocab: 32_000
		},
		contextLength: 8192,
		published: '7B',
		source: {
			title: 'Jiang et al., Mistral 7B (2023)',
			url: 'https://arxiv.org/abs/2310.06825',
			where: { en: 'Table 1', zh: '表 1' }
		}
	},
	{
		id: 'mixtral-8x7b',
		name: 'Mixtral 8×7B',
		year: 2024,
		shape: {
			...llama,
			layers: 32,
			dModel: 4096,
			heads: 32,
			kvHeads: 8,
			ffn: 14_336,
			vocab: 32_000,
			experts: 8,
			activeExperts: 2
		},
		contextLength: 32_768,
		published: '47B',
		publishedActive: '13B',
		source: {
			title: 'Jiang et al., Mixtral of Experts (2024)',
			url: 'https://arxiv.org/abs/2401.04088',
			where: { en: 'Table 1 and §2', zh: '表 1 与 §2' }
		}
	}
];

/**
 * Mixtures of experts with their parameters in all and per token, as published. A figure the
 * source does not give is null ("not published"), never derived from other figures here.
 */
export interface MoeFacts {
	id: string;
	name: string;
	year: number;
	/** Routed experts per MoE layer, and how many of them each token uses. */
	experts: number;
	activeExperts: number;
	/** Parameters in all and per token, as numbers and as published. */
	total: number;
	active: number | null;
	published: { total: string; active: string | null };
	/** The configuration in `models` the counts can be computed from, when we have it. */
	configId?: string;
	source: Source;
}

export const moeModels: readonly MoeFacts[] = [
	{
		id: 'switch-c',
		name: 'Switch-C',
		year: 2021,
		experts: 2048,
		activeExperts: 1,
		total: 1571e9,
		active: null,
		published: { total: '1571B (1.6T)', active: null },
		source: {
			title:
				'Fedus, Zoph and Shazeer, Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity (2021)',
			url: 'https://arxiv.org/abs/2101.03961',
			where: {
				en: 'Table 9 (parameters, experts); it gives FLOPs per sequence, not active parameters',
				zh: '表 9（参数量、专家数）；论文给出的是每个序列的 FLOPs，而非激活参数量'
			}
		}
	},
	{
		id: 'mixtral-8x7b',
		name: 'Mixtral 8×7B',
		year: 2024,
		experts: 8,
		activeExperts: 2,
		total: 47e9,
		active: 13e9,
		published: { total: '47B', active: '13B' },
		configId: 'mixtral-8x7b',
		source: models.find((m) => m.id === 'mixtral-8x7b')!.source
	},
	{
		id: 'deepseek-v2',
		name: 'DeepSeek-V2',
		year: 2024,
		experts: 160,
		activeExperts: 6,
		total: 236e9,
		active: 21e9,
		published: { total: '236B', active: '21B' },
		source: {
			title:
				'DeepSeek-AI, DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model (2024)',
			url: 'https://arxiv.org/abs/2405.04434',
			where: {
				en: 'abstract (parameters); hyper-parameters of the model (160 routed experts, 6 per token, plus 2 shared)',
				zh: '摘要（参数量）；模型超参数一节（160 个路由专家，每个词元 6 个，另有 2 个共享专家）'
			}
		}
	},
	{
		id: 'deepseek-v3',
		name: 'DeepSeek-V3',
		year: 2024,
		experts: 256,
		activeExperts: 8,
		total: 671e9,
		active: 37e9,
		published: { total: '671B', active: '37B' },
		source: {
			title: 'DeepSeek-AI, DeepSeek-V3 Technical Report (2024)',
			url: 'https://arxiv.org/abs/2412.19437',
			where: {
				en: 'abstract (parameters); pre-training hyper-parameters (256 routed experts, 8 per token, plus 1 shared)',
				zh: '摘要（参数量）；预训练超参数一节（256 个路由专家，每个词元 8 个，另有 1 个共享专家）'
			}
		}
	}
];

export const unpublishedModels: readonly UnpublishedModel[] = [
	{
		id: 'gpt4',
		name: 'GPT-4',
		year: 2023,
		unpublished: ['parameters', 'layers', 'width', 'training compute', 'training data'],
		source: {
			title: 'OpenAI, GPT-4 Technical Report (2023)',
			url: 'https://arxiv.org/abs/2303.08774',
			where: {
				en: '§2: “this report contains no further details about the architecture (including model size)…”',
				zh: '§2：“this report contains no further details about the architecture (including model size)…”'
			}
		}
	}
];

export const gpus: readonly GpuFacts[] = [
	{
		id: 'a100-80gb',
		name: 'NVIDIA A100 80 GB (SXM)',
		memoryGB: 80,
		bandwidthGBs: 2039,
		bf16Tflops: 312,
		source: {
			title: 'NVIDIA A100 Tensor Core GPU datasheet',
			url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
			where: {
				en: 'specifications table (bf16 without sparsity)',
				zh: '规格表（bf16，不含稀疏加速）'
			}
		}
	},
	{
		id: 'h100-sxm',
		name: 'NVIDIA H100 SXM',
		memoryGB: 80,
		bandwidthGBs: 3350,
		// The datasheet's 1,979 TFLOPS is with 2:4 sparsity; dense is half.
		bf16Tflops: 989.5,
		source: {
			title: 'NVIDIA H100 Tensor Core GPU datasheet',
			url: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
			where: {
				en: 'specifications table (its bf16 figure is with sparsity; halved here)',
				zh: '规格表（其 bf16 数值含稀疏加速，此处取一半）'
			}
		}
	},
	{
		id: 'l4',
		name: 'NVIDIA L4',
		memoryGB: 24,
		bandwidthGBs: 300,
		// 242 TFLOPS with sparsity, halved.
		bf16Tflops: 121,
		source: {
			title: 'NVIDIA L4 Tensor Core GPU',
			url: 'https://www.nvidia.com/en-us/data-center/l4/',
			where: {
				en: 'specifications (its bf16 figure is with sparsity; halved here)',
				zh: '规格（其 bf16 数值含稀疏加速，此处取一半）'
			}
		}
	},
	{
		id: 'rtx-4090',
		name: 'NVIDIA GeForce RTX 4090',
		memoryGB: 24,
		bandwidthGBs: 1008,
		bf16Tflops: 165.2,
		source: {
			title: 'NVIDIA Ada GPU Architecture (whitepaper)',
			url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
			where: {
				en: 'Table 2 (bf16 tensor with FP32 accumulate, dense)',
				zh: '表 2（bf16 张量运算，FP32 累加，稠密）'
			}
		}
	},
	{
		id: 'm2-ultra',
		name: 'Apple M2 Ultra',
		memoryGB: 192,
		bandwidthGBs: 800,
		bf16Tflops: null,
		source: {
			title: 'Apple introduces M2 Ultra (Apple Newsroom, June 2023)',
			url: 'https://www.apple.com/newsroom/2023/06/apple-introduces-m2-ultra/',
			where: {
				en: 'up to 192 GB of unified memory at 800 GB/s; Apple publishes no bf16 throughput',
				zh: '最多 192 GB 统一内存，带宽 800 GB/s；Apple 未公布 bf16 算力'
			}
		}
	}
];
