import { serve } from '$lib/jobs';
import { studentsRun } from './students.run';

serve(studentsRun);
