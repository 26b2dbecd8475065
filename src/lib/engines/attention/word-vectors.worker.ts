import { serve } from '$lib/jobs';
import { guideVectors } from './word-vectors.job';

serve(guideVectors);
