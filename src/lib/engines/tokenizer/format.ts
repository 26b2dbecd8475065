const integer = new Intl.NumberFormat('en-US');

/** A count with thousands separators (one formatter, made once: toLocaleString is slow). */
export const fmt = (n: number): string => integer.format(n);
