import { serve } from '$lib/jobs';
import { textJob } from './text.job';

serve(textJob);
