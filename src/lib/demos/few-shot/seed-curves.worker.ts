import { serve } from '$lib/jobs';
import { seedCurvesJob } from './seed-curves.job';

serve(seedCurvesJob);
