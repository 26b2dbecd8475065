import { serve } from '$lib/jobs';
import { teacherJob } from './teacher.job';

serve(teacherJob);
