/**
 * Seeded examples of the task. About a tenth of the numbers from 1,000 up are held out: training
 * never draws them, and the test set is drawn only from them, so its accuracy is on unseen numbers.
 */
import { createRng, randomInt, type Rng } from '$lib/math/rng';
import { digitsOf, spellNumber, type NumberLanguage } from './numbers';
import { sourceId } from './vocab';

export type Example = {
	n: number;
	lang: NumberLanguage;
	source: number[];
	/** Digit ids (a digit's id is its value). */
	target: number[];
};

export function example(n: number, lang: NumberLanguage): Example {
	return {
		n,
		lang,
		source: spellNumber(n, lang).map((x) => sourceId(x)!),
		target: digitsOf(n).map(Number)
	};
}

/** Held out: from 1,000 up, one number in ten by a fixed hash (Knuth's multiplicative). */
export function isHeldOut(n: number): boolean {
	return n >= 1000 && (Math.imul(n, 2654435761) >>> 0) % 10 === 0;
}

/**
 * A number with 1 to 5 digits, each digit count equally likely; after the first, each digit is 0
 * with probability 0.3 (else 1–9 alike), so that zeros inside a number (一千零六, one thousand
 * six) are common enough to learn.
 */
function drawNumber(rng: Rng): number {
	const digits = 1 + randomInt(rng, 5);
	let n = digits === 1 ? randomInt(rng, 10) : 1 + randomInt(rng, 9);
	for (let i = 1; i < digits; i++) n = 10 * n + (rng() < 0.3 ? 0 : 1 + randomInt(rng, 9));
	return n;
}

function drawExample(rng: Rng, heldOut: boolean): Example {
	for (;;) {
		const n = drawNumber(rng);
		if (isHeldOut(n) === heldOut) {
			return example(n, rng() < 0.5 ? 'en' : 'zh');
		}
	}
}

/** The training batch of step `step` for run `seed`: the same seed and step give the same batch. */
export function trainingBatch(seed: number, step: number, size: number): Example[] {
	const rng = createRng((Math.imul(seed, 1_000_003) + step) >>> 0);
	return Array.from({ length: size }, () => drawExample(rng, false));
}

/**
 * The test set: `perLanguage` held-out numbers (so four or five digits), the same numbers in each
 * language; their sources are 2 to 9 tokens long.
 */
export function testSet(seed: number, perLanguage: number): Example[] {
	const rng = createRng(seed ^ 0x5eed);
	const numbers = Array.from({ length: perLanguage }, () => drawExample(rng, true).n);
	return (['en', 'zh'] as const).flatMap((lang) => numbers.map((n) => example(n, lang)));
}
