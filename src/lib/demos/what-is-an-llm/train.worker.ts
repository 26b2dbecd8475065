import { serve } from '$lib/jobs';
import { gptTraining } from './train.run';

serve(gptTraining);
