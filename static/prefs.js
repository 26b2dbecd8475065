// Applies the language, theme and presenter mode before the first paint: a link's own `lang=` / `theme=` in the
// hash first, then the remembered choice (keys: src/lib/state/preferences.svelte.ts).
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
