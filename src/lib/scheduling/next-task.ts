/**
 * Resolves in a later task, so that input and rendering (on the page) or incoming messages (in
 * a worker) go first. A MessageChannel avoids setTimeout's 4 ms clamp on nested timers; not
 * scheduler.yield(), whose continuations outrank rendering: chunks run through it in Chromium
 * drew a frame only every 150–200 ms, against every 17–33 ms through a channel.
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
