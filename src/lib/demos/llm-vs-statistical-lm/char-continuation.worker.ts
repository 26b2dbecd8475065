import { serve } from '$lib/jobs';
import { charContinuation } from './char-continuation.job';

serve(charContinuation);
