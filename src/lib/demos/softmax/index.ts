import '$lib/i18n/dict/sampling';
import '$lib/i18n/dict/softmax';
export { default as Demo } from './Demo.svelte';
export { schema } from './params';
