import { serve } from '$lib/jobs';
import { inductionTraining } from './train.run';

serve(inductionTraining);
