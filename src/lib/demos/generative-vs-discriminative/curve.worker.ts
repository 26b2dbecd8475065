import { serve } from '$lib/jobs';
import { planeCurveJob } from './curve.job';

serve(planeCurveJob);
