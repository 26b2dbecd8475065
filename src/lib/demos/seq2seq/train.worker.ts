import { serve } from '$lib/jobs';
import { seq2seqTraining } from './train.run';

serve(seq2seqTraining);
