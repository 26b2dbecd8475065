import { defineDemo } from '../types';
import Demo from './Demo.svelte';
import { schema } from './params';

export default defineDemo({ Demo, schema });
