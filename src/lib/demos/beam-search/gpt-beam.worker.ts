import { serve } from '$lib/jobs';
import { gptBeam } from './gpt-beam.job';
serve(gptBeam);
