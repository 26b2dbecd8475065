import '$lib/i18n/dict/attention';
export { default as Demo } from './Demo.svelte';
export { schema } from './params';
