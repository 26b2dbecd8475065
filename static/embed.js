/*
 * LLM Playground embeds: include this script once on a page that frames playground demos and
 * every such <iframe> follows its content's height. Without it a frame keeps its own height.
 *
 * The embed page posts { type: 'llm-playground:height', height: <CSS px>, href } to its parent
 * whenever its height changes; this script answers only frames served from its own origin. It asks
 * a frame for its height with { type: 'llm-playground:measure' } once the frame has loaded and
 * again whenever it comes near the viewport: Chromium does not render a cross-origin frame that is
 * off screen, so a frame there cannot tell by itself that its height changed.
 */
(function () {
	if (window.llmPlaygroundEmbeds) return;
	window.llmPlaygroundEmbeds = true;
	var origin = new URL(document.currentScript ? document.currentScript.src : location.href).origin;
	var nearby =
		'IntersectionObserver' in window &&
		new IntersectionObserver(
			function (entries) {
				entries.forEach(function (entry) {
					if (entry.isIntersecting) measure(entry.target);
				});
			},
			{ rootMargin: '1500px 0px' }
		);

	function isPlaygroundFrame(node) {
		if (!(node instanceof HTMLIFrameElement)) return false;
		try {
			return new URL(node.src, location.href).origin === origin;
		} catch {
			return false;
		}
	}

	function playgroundFrames() {
		return Array.prototype.filter.call(document.getElementsByTagName('iframe'), isPlaygroundFrame);
	}

	function measure(frame) {
		// A frame still loading shows another origin: the request carries nothing, so any may see it.
		if (frame.contentWindow)
			frame.contentWindow.postMessage({ type: 'llm-playground:measure' }, '*');
	}

	function follow(frame) {
		if (nearby) nearby.observe(frame);
		measure(frame);
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

	// A frame's load event does not bubble, but it passes the document on its way: this also sees
	// frames added later and frames that load lazily.
	document.addEventListener(
		'load',
		function (event) {
			if (isPlaygroundFrame(event.target)) follow(event.target);
		},
		true
	);
	function followAll() {
		playgroundFrames().forEach(follow);
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', followAll);
	else followAll();
})();
