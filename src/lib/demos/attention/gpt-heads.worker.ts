import { serve } from '$lib/jobs';
import { gptHeads } from './gpt-heads.job';

serve(gptHeads);
