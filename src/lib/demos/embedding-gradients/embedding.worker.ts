import { serve } from '$lib/jobs';
import { embeddingRun } from './embedding.run';

serve(embeddingRun);
