type Scheduler = { yield?: () => Promise<void> };

/**
 * Resolves in a later task, so that input and rendering (on the page) or incoming messages (in
 * a worker) go first. Prefers scheduler.yield(); a MessageChannel avoids setTimeout's 4 ms
 * clamp on nested timers.
 */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (scheduler?.yield) return scheduler.yield();
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
