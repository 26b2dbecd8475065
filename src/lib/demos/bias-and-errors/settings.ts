/** The word vectors' settings, shared by the training (in the worker) and the page's text. */

/** Vector size: about a fifth of the toy vocabulary's 50 words, as real embeddings are far smaller than theirs. */
export const DIM = 10;
/** Co-occurrence window: the whole sentence, so an occupation meets the pronoun at its end. */
export const WINDOW = 10;
