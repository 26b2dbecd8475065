/**
 * Seeded pseudo-random numbers: mulberry32 (Tommy Ettinger, public domain).
 * A 32-bit state advanced by a Weyl sequence and mixed by two multiply-xorshift rounds;
 * period 2^32, fast, and identical on every JavaScript engine because it only uses
 * 32-bit integer operations. Not for cryptography.
 */
export type Rng = () => number;

/** A generator of floats in [0, 1) for the given seed (any number; it is truncated to 32 bits). */
export function mulberry32(seed: number): Rng {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let z = state;
		z = Math.imul(z ^ (z >>> 15), z | 1);
		z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
		return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
	};
}

/** The project's RNG: every random draw on the site comes from here, seeded from the URL. */
export const createRng = mulberry32;

/** An integer in [0, n) drawn from rng. */
export function randomInt(rng: Rng, n: number): number {
	return Math.floor(rng() * n);
}

/** A standard normal draw (Box–Muller, one of the pair). */
export function randomNormal(rng: Rng): number {
	const u = 1 - rng();
	const v = rng();
	return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
