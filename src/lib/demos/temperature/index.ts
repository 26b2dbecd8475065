import '$lib/i18n/dict/sampling';
export { default as Demo } from './Demo.svelte';
export { schema } from './params';
