// Applies the remembered language and theme before the first paint (keys: src/lib/state/preferences.svelte.ts).
try {
	var root = document.documentElement;
	var lang = localStorage.getItem('llmp.lang');
	if (lang === 'zh') root.lang = 'zh-CN';
	var theme = localStorage.getItem('llmp.theme');
	if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
} catch {
	// Storage unavailable: defaults apply.
}
