/** What the chain-rule page reads and draws at most. */
import { DEFAULT_LIMITS } from '$lib/math/expression-parse';

/** Characters of expression text (a longer paste is refused with a message). */
export const MAX_LENGTH = DEFAULT_LIMITS.maxLength;
/** Nodes of the syntax tree, so also of the graph drawn: a readable drawing, a short walk. */
export const MAX_NODES = DEFAULT_LIMITS.maxNodes;
/** Nesting of parentheses, calls, minus signs and powers. */
export const MAX_DEPTH = DEFAULT_LIMITS.maxDepth;
/** Start, one forward step per node, the seed, one backward step per node. */
export const MAX_STEPS = 2 * MAX_NODES + 1;
export const VALUE_RANGE: readonly [number, number] = [-1000, 1000];
