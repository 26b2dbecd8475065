import { serve } from '$lib/jobs';
import { gptReader } from '$lib/engines/gpt';

serve(gptReader);
