import { serve } from '$lib/jobs';
import { forgetting } from './forgetting.run';

serve(forgetting);
