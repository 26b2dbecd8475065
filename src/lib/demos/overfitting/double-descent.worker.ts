import { serve } from '$lib/jobs';
import { doubleDescentSweep } from './double-descent.job';

serve(doubleDescentSweep);
