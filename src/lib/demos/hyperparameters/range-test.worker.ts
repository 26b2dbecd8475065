import { serve } from '$lib/jobs';
import { rangeTest } from './range-test.run';

serve(rangeTest);
