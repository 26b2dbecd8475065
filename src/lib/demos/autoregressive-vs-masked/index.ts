import '$lib/i18n/dict/masking';
export { default as Demo } from './Demo.svelte';
export { schema } from './params';
