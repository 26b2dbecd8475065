/**
 * The task's source language: whole numbers spelled out in English words ("three hundred twelve")
 * or in Chinese numerals (三百一十二), as a list of tokens — one word, or one character.
 */
export type NumberLanguage = 'en' | 'zh';

/** The largest number the task spells: five digits, so a source has at most 9 tokens. */
export const MAX_NUMBER = 99_999;

const ONES = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen'
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Every English word the task uses. */
export const ENGLISH_WORDS: readonly string[] = [...ONES, ...TENS.slice(2), 'hundred', 'thousand'];

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** Units from 万 (10⁴) down to the ones, which have none. */
const ZH_UNITS = ['万', '千', '百', '十', ''];

/** Every Chinese character the task uses. */
export const CHINESE_CHARACTERS: readonly string[] = [...ZH_DIGITS, '十', '百', '千', '万'];

function englishBelowThousand(n: number): string[] {
	const words: string[] = [];
	if (n >= 100) words.push(ONES[Math.floor(n / 100)], 'hundred');
	const rest = n % 100;
	if (rest >= 20) {
		words.push(TENS[Math.floor(rest / 10)]);
		if (rest % 10) words.push(ONES[rest % 10]);
	} else if (rest > 0 || words.length === 0) words.push(ONES[rest]);
	return words;
}

/** "12345" → twelve thousand three hundred forty five (no "and", no hyphens). */
function english(n: number): string[] {
	if (n < 1000) return englishBelowThousand(n);
	const rest = n % 1000;
	return [
		...englishBelowThousand(Math.floor(n / 1000)),
		'thousand',
		...(rest ? englishBelowThousand(rest) : [])
	];
}

/**
 * 10010 → 一万零一十: each non-zero digit with its unit; a run of zeros before a later non-zero
 * digit reads as one 零; a number from 10 to 19 starts with 十, not 一十.
 */
function chinese(n: number): string[] {
	if (n === 0) return ['零'];
	const digits = String(n).padStart(5, '0').split('').map(Number);
	const out: string[] = [];
	let zeroPending = false;
	for (let i = 0; i < 5; i++) {
		const d = digits[i];
		if (d === 0) {
			if (out.length) zeroPending = true;
			continue;
		}
		if (zeroPending) out.push('零');
		zeroPending = false;
		if (!(d === 1 && i === 3 && out.length === 0)) out.push(ZH_DIGITS[d]);
		if (ZH_UNITS[i]) out.push(ZH_UNITS[i]);
	}
	return out;
}

/** `n` (an integer in 0 … MAX_NUMBER) spelled out as tokens in `lang`. */
export function spellNumber(n: number, lang: NumberLanguage): string[] {
	if (!Number.isInteger(n) || n < 0 || n > MAX_NUMBER) {
		throw new Error(`spellNumber: ${n} is not an integer in 0 … ${MAX_NUMBER}`);
	}
	return lang === 'en' ? english(n) : chinese(n);
}

/** The digits the model should write for `n`: "312" → ['3', '1', '2']. */
export function digitsOf(n: number): string[] {
	return String(n).split('');
}

const ENGLISH_VALUES = new Map<string, number>([
	...ONES.map((w, i) => [w, i] as const),
	...TENS.slice(2).map((w, i) => [w, 10 * (i + 2)] as const)
]);
const CHINESE_UNITS = new Map([
	['十', 10],
	['百', 100],
	['千', 1000],
	['万', 10_000]
]);

function looseValue(tokens: readonly string[], lang: NumberLanguage): number {
	let total = 0;
	let current = 0;
	for (const token of tokens) {
		if (lang === 'en') {
			if (token === 'hundred') current *= 100;
			else if (token === 'thousand') {
				total += current * 1000;
				current = 0;
			} else current += ENGLISH_VALUES.get(token) ?? NaN;
		} else {
			const unit = CHINESE_UNITS.get(token);
			if (unit) {
				total += (current || 1) * unit;
				current = 0;
			} else current = ZH_DIGITS.indexOf(token);
		}
	}
	return total + current;
}

/**
 * The number that `tokens` spell exactly as `spellNumber` would (either language), or null:
 * the reference answer for a source the reader typed.
 */
export function readNumber(tokens: readonly string[]): number | null {
	if (tokens.length === 0) return null;
	const lang: NumberLanguage = ENGLISH_VALUES.has(tokens[0]) ? 'en' : 'zh';
	const n = looseValue(tokens, lang);
	if (!Number.isInteger(n) || n < 0 || n > MAX_NUMBER) return null;
	return spellNumber(n, lang).join(' ') === tokens.join(' ') ? n : null;
}
