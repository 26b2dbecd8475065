/** How the Jacobian demo writes names and numbers. */

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/** x₁, p₂, …: a letter with a 1-based subscript (i counts from 0). */
export const indexed = (letter: string, i: number) =>
	letter + [...String(i + 1)].map((d) => SUBSCRIPT[Number(d)]).join('');

/** A value with `digits` decimals, a real minus sign, and no −0. */
export function signed(v: number, digits = 3): string {
	const text = v.toFixed(digits);
	return /^-0\.?0*$/.test(text) ? text.slice(1) : text.replace('-', '−');
}

/** A tiny error as a program prints it (2.8e-17), an exact 0 as 0. */
export const tiny = (v: number) => (v === 0 ? '0' : v.toExponential(1));
