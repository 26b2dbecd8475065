import { serve } from '$lib/jobs';
import { timingJob } from './timing.job';

serve(timingJob);
