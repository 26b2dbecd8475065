import { serve } from '$lib/jobs';
import { simulation } from './simulation.job';

serve(simulation);
