import '$lib/i18n/dict/dot';
export { default as Demo } from './Demo.svelte';
export { schema } from './params';
