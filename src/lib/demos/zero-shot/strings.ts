/** Strings of the zero-shot classification demo (question 41). */
import { topicClassifier } from '$lib/components/topic-classifier/strings';
import { strings } from '$lib/i18n/strings';
import { translator } from '$lib/i18n/translator';

const en = {
	'zs.intro':
		'Zero-shot classification: no labelled example, only a description of each label. The sentence and every description become vectors (the mean of their words’ vectors, from the guide’s PPMI → SVD word vectors), and the sentence goes to the label whose description is most similar by cosine; a softmax over the similarities at temperature T turns them into probabilities.',
	'zs.honest':
		'What this is, and is not: an embedding classifier on the guide’s own corpus of about 210 sentences per language, not a large model following instructions. A large model reads the labels as instructions and brings what it learned from billions of words; this one knows only which words the guide uses near which. And its test sentences come from the same text its word vectors were trained on, which flatters it.',
	'zs.sentenceTitle': '1. Classify a sentence',
	'zs.descriptionsTitle': '2. The labels and their descriptions',
	'zs.descriptionsAbout':
		'A label is nothing but its description here: edit one and watch the sentence above and the accuracy below change. A Chinese sentence is compared with the Chinese descriptions, an English one with the English.',
	'zs.descriptionHint': '{known} of {words} words have a vector',
	'zs.descriptionEmpty': 'The description of {label} is empty, so no sentence can go to {label}.',
	'zs.descriptionUnknown':
		'No word of the description of {label} has a vector, so no sentence can go to {label}.',
	'zs.reset': 'Restore the guide’s descriptions',
	'zs.accuracyTitle': '3. Accuracy on the guide’s sentences',
	'zs.accuracyAbout':
		'The labelled set: the {n} answer sentences of the guide in this language (the questions themselves left out), each labelled with the topic of the question it answers. Topics were given to whole questions by hand, so a sentence about softmax in an answer on decoding counts as decoding: some of the “mistakes” are fair.',
	'zs.temperatureNote':
		'The temperature never changes which label wins, so it leaves the accuracy alone; it only changes how sure the probabilities look.'
};

const zh: Record<keyof typeof en, string> = {
	'zs.intro':
		'零样本分类：没有任何带标签的样本，只有每个标签的一段描述。句子和每段描述都变成向量（其中各词词向量的平均，词向量来自指南的 PPMI → SVD），句子被归入描述与它余弦相似度最高的标签；在温度 T 下对相似度取 softmax，把它们变成概率。',
	'zs.honest':
		'它是什么、不是什么：这是在指南自己的语料（每种语言约 210 个句子）上的嵌入分类器，不是一个遵循指令的 LLM。LLM 把标签当作指令来读，并带着从数十亿词中学到的知识；这个分类器只知道指南里哪些词常在一起出现。而且它的测试句子就来自训练词向量的同一份文本，这让它显得比实际更好。',
	'zs.sentenceTitle': '1. 给一个句子分类',
	'zs.descriptionsTitle': '2. 标签及其描述',
	'zs.descriptionsAbout':
		'在这里，标签就只是它的描述：修改一段描述，看上面句子的分类和下面的准确率如何变化。中文句子与中文描述比较，英文句子与英文描述比较。',
	'zs.descriptionHint': '{words} 个词中有 {known} 个有向量',
	'zs.descriptionEmpty': '{label} 的描述是空的，因此没有句子能被归入 {label}。',
	'zs.descriptionUnknown': '{label} 的描述中没有一个词有向量，因此没有句子能被归入 {label}。',
	'zs.reset': '恢复指南的描述',
	'zs.accuracyTitle': '3. 在指南句子上的准确率',
	'zs.accuracyAbout':
		'带标签的数据集：指南在这种语言中的 {n} 个回答句子（问题本身不算），每个句子的标签是它所回答问题的主题。主题是人工按整道问题分配的，所以解码问题的回答里一个讲 softmax 的句子也算作解码：有些“错误”其实情有可原。',
	'zs.temperatureNote': '温度从不改变哪个标签胜出，因此不影响准确率；它只改变概率看上去有多确定。'
};

export const zeroShot = strings(en, zh);
export const t = translator(topicClassifier, zeroShot);
