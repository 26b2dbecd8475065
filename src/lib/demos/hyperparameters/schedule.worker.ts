import { serve } from '$lib/jobs';
import { scheduledTraining } from './schedule.run';

serve(scheduledTraining);
