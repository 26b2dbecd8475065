/** Where the build serves the shipped model's file: to fetch it, or to preload it with a page. */
export { default as REFERENCE_URL } from './checkpoints/guide-gpt.bin?url';
