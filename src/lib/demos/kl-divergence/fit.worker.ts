import { serve } from '$lib/jobs';
import { gaussianFit } from './fit.run';

serve(gaussianFit);
