/** The fixed sizes of the distillation page's data, networks and training (no imports: the page reads them too). */
/** The teacher's training set and the held-out test set. */
export const TRAIN_POINTS = 400;
export const TEST_POINTS = 600;
export const TEACHER_HIDDEN = 32;
export const TEACHER_STEPS = 300;
export const TEACHER_LR = 0.02;
export const STUDENT_STEPS = 300;
export const STUDENT_LR = 0.03;
/** The plane drawn, [−LIMIT, LIMIT]², and the side of the grid its decision regions are read on. */
export const LIMIT = 2.4;
export const GRID = 40;

/** The teacher's layer sizes (2 → 32 → 32 → K, tanh) and a student's (2 → width → K). */
export const teacherSizes = (classes: number) => [2, TEACHER_HIDDEN, TEACHER_HIDDEN, classes];
export const studentSizes = (classes: number, width: number) => [2, width, classes];
