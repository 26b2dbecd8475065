import type { StackSetting } from './network';

/** The settings trained: as set, then the twin with both fixes (none when it has them already). */
export function trainedSettings(c: StackSetting & { twin: boolean }): StackSetting[] {
	const twin = { ...c, res: true, norm: true };
	return c.twin && !(c.res && c.norm) ? [c, twin] : [c];
}
