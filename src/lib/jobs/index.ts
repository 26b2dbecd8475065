/**
 * The worker-job runner: pure jobs and training runs, defined once, run in a Web Worker (or on
 * the page in chunks where there is none). See README.md.
 */
export { defineJob, defineRun } from './define';
export type { Deferred, Job, JobContext, Run, RunDefinition, StepResult } from './define';
export { serve } from './serve';
export type { WorkerFactory } from './port';
export type { RunStatus } from './protocol';
export { runJob, runJobNow, type RunJobOptions } from './run-job';
export { openRun, type RunClient, type RunUpdate } from './run-client';
export { JobTask, type TaskStatus } from './job-task.svelte';
export { JobTaskCache } from './task-cache.svelte';
export { RunPlayer, type PlayerStatus } from './run-player.svelte';
