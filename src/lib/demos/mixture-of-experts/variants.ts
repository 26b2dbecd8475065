/** The two routers trained side by side: on the task loss alone, and with the balancing loss. */
export const VARIANTS = ['plain', 'balanced'] as const;
export type Variant = (typeof VARIANTS)[number];
