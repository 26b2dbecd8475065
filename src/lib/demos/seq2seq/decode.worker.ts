import { serve } from '$lib/jobs';
import { decodeJob } from './decode.job';

serve(decodeJob);
