import { serve } from '$lib/jobs';
import { answerFit } from './fit.job';

serve(answerFit);
