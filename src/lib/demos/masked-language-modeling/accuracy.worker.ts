import { serve } from '$lib/jobs';
import { accuracySweep } from './accuracy.job';

serve(accuracySweep);
