/**
 * The tokenizer engine: what the tokenizer demos share. Word vocabularies with an unknown token,
 * segmentations for display (characters, words, BPE ids, one merge step at a time), the GPT
 * tokenizers loaded on demand, and token labels that show bytes a character cannot. It imports
 * nothing of the app (no $app), so a worker can use it. The byte-level BPE itself lives in $lib/math (bpe-train, bpe-codec).
 */
export { fmt } from './format';
export { GPT_NAMES, loadGpt, type GptEncodingName, type GptName, type GptTokenizer } from './gpt';
export {
	byCharacters,
	byIds,
	byStep,
	byWords,
	clipText,
	sharedBytes,
	type Segmentation,
	type ShownToken
} from './segment';
export {
	hexBytes,
	labelPieces,
	labelText,
	rememberedLabelPieces,
	tokenLabel,
	utf8CharLength,
	type LabelPiece
} from './token-label';
export {
	buildWordVocab,
	countWords,
	isWord,
	MIN_WORD_COUNT,
	splitWordTokens,
	UNK,
	wordId,
	type WordVocab
} from './word-vocab';
