export { default as Demo } from './Demo.svelte';
export { schema } from './params';
