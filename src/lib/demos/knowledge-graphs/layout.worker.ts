import { serve } from '$lib/jobs';
import { graphLayoutJob } from './layout.job';

serve(graphLayoutJob);
