/** The colour of topic i (its place in `topics`), from TopicPalette. */
export const topicColour = (topic: number) => `var(--topic-${topic})`;
