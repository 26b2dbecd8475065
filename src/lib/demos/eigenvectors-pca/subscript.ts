const DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** A whole number written in subscript digits: 12 → ₁₂ (for b₁₂, v₁, λ₂). */
export const subscript = (k: number) => String(k).replace(/\d/g, (d) => DIGITS[Number(d)]);
