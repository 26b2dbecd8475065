import { serve } from '$lib/jobs';
import { bpeTraining } from './train.job';

serve(bpeTraining);
