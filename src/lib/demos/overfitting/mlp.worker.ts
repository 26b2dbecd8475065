import { serve } from '$lib/jobs';
import { mlpTraining } from './mlp.run';

serve(mlpTraining);
