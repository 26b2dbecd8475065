import { serve } from '$lib/jobs';
import { routerTraining } from './router.run';

serve(routerTraining);
