import { serve } from '$lib/jobs';
import { sweepJob } from './sweep.job';

serve(sweepJob);
