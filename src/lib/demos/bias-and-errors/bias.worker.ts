import { serve } from '$lib/jobs';
import { biasMeasures } from './bias.job';

serve(biasMeasures);
