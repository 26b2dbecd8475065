/** Published figures the page contrasts our study with, each with its source. */

/**
 * The exponent of loss against non-embedding parameters, L(N) = (N_c / N)^α_N, for models
 * trained on enough data: Kaplan et al. (2020), Scaling Laws for Neural Language Models, eq. 1.1.
 */
export const KAPLAN_ALPHA_N = 0.076;

/**
 * Training tokens per parameter at the compute-optimal point: Hoffmann et al. (2022), Training
 * Compute-Optimal Large Language Models (Chinchilla: 70B parameters, 1.4T tokens).
 */
export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

/** Training compute per token ≈ 6N FLOPs (forward and backward): Kaplan et al. (2020), §2.1. */
export const trainingFlopsPerToken = (parameters: number) => 6 * parameters;
