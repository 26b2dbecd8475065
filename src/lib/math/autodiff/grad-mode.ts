/**
 * Whether operations record the graph that backward() walks. Off inside noGrad, as under
 * PyTorch's `with torch.no_grad():` — evaluation and optimiser updates need no graph.
 */
let enabled = true;

export function isGradEnabled(): boolean {
	return enabled;
}

/** Runs `run` with recording switched off (restored afterwards, even on a throw) and returns its result. */
export function noGrad<T>(run: () => T): T {
	const previous = enabled;
	enabled = false;
	try {
		return run();
	} finally {
		enabled = previous;
	}
}
