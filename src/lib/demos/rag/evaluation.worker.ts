import { serve } from '$lib/jobs';
import { evaluation } from './evaluation.job';

serve(evaluation);
