/** Steps between two measurements of a training run's accuracy on the test set. */
export const EVAL_EVERY = 100;
