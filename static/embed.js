/*
 * LLM Playground embeds: include this script once on a page that frames playground demos and
 * every such <iframe> follows its content's height. Without it a frame keeps its own height.
 *
 * The embed page posts { type: 'llm-playground:height', height: <CSS px>, href } to its parent
 * whenever its height changes; this script answers only frames served from its own origin, and
 * asks frames that loaded before it for their height with { type: 'llm-playground:measure' }.
 */
(function () {
	if (window.llmPlaygroundEmbeds) return;
	window.llmPlaygroundEmbeds = true;
	var origin = new URL(document.currentScript ? document.currentScript.src : location.href).origin;

	function playgroundFrames() {
		return Array.prototype.filter.call(document.getElementsByTagName('iframe'), function (frame) {
			try {
				return new URL(frame.src, location.href).origin === origin;
			} catch {
				return false;
			}
		});
	}

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== origin || !data || data.type !== 'llm-playground:height') return;
		var height = Number(data.height);
		if (!(height > 0 && height < 100000)) return;
		playgroundFrames().forEach(function (frame) {
			if (frame.contentWindow === event.source) frame.style.height = Math.ceil(height) + 'px';
		});
	});

	function measure() {
		playgroundFrames().forEach(function (frame) {
			if (frame.contentWindow)
				// A frame still loading shows another origin: the request carries nothing, so any may see it.
				frame.contentWindow.postMessage({ type: 'llm-playground:measure' }, '*');
		});
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', measure);
	else measure();
})();
