import '$lib/i18n/dict/tokenization';
export { default as Demo } from './Demo.svelte';
export { schema } from './params';
