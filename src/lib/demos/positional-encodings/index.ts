import '$lib/i18n/dict/positional';
export { default as Demo } from './Demo.svelte';
export { schema } from './params';
