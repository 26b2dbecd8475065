import { serve } from '$lib/jobs';
import { heldOutBits } from './held-out-bits.job';

serve(heldOutBits);
