import { serve } from '$lib/jobs';
import { sgnsTraining } from './sgns.run';

serve(sgnsTraining);
