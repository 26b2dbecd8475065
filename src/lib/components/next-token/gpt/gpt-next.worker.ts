import { serve } from '$lib/jobs';
import { gptNext } from './gpt-next.job';
serve(gptNext);
