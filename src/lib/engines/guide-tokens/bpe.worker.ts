import { serve } from '$lib/jobs';
import { ourBpe } from './bpe.job';

serve(ourBpe);
