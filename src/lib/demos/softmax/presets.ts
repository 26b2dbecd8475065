/** Score vectors that each show one thing about softmax. */
export const presets = [
	{ id: 'small', scores: [2, 1, 0.1, -1] },
	{ id: 'equal', scores: [1, 1, 1, 1] },
	{ id: 'winner', scores: [6, 2, 1, 0, -1] },
	{ id: 'large', scores: [1000, 999, 997, 995] },
	{ id: 'negative', scores: [-995, -998, -996, -1000] }
] as const;
