import { serve } from '$lib/jobs';
import { training } from './training.run';

serve(training);
