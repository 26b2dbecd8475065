// Applies the language, theme and presenter mode before the first paint: a link's own `lang=` / `theme=` in the
// hash first, then the remembered choice (keys: src/lib/state/preferences.svelte.ts). And starts downloading
// the data a demo needs first (its `<meta name="demo-data" content="url">`) right after the first paint: sooner
// than the demo could ask for it, without competing with the page's own files for that paint.
try {
	var root = document.documentElement;
	var fixed = new URLSearchParams(location.hash.slice(1));
	var lang = fixed.getAll('lang').pop();
	if (lang !== 'en' && lang !== 'zh') lang = localStorage.getItem('llmp.lang');
	if (lang === 'zh') root.lang = 'zh-CN';
	var theme = fixed.getAll('theme').pop();
	if (theme !== 'light' && theme !== 'dark') theme = localStorage.getItem('llmp.theme');
	if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	var present = fixed.getAll('present').pop();
	if (present === '1' || present === 'true') root.classList.add('present');
} catch {
	// Storage unavailable: defaults apply.
}
function prefetchDemoData() {
	document.querySelectorAll('meta[name="demo-data"]').forEach(function (meta) {
		var link = document.createElement('link');
		link.rel = 'prefetch';
		link.href = meta.content;
		document.head.append(link);
	});
}
try {
	new PerformanceObserver(function (list, observer) {
		if (!list.getEntriesByName('first-contentful-paint').length) return;
		observer.disconnect();
		setTimeout(prefetchDemoData);
	}).observe({ type: 'paint', buffered: true });
} catch {
	addEventListener('load', prefetchDemoData);
}
