import '$lib/i18n/dict/sampling';
import '$lib/i18n/dict/topk';
export { default as Demo } from './Demo.svelte';
export { schema } from './params';
