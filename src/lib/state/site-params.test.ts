import { describe, expect, it } from 'vitest';
import { decodeHash } from './params';
import { keySet, lessonNumbers, siteSchema } from './site-params';

describe('keySet(list)', () => {
	it('splits a comma list, trimming and dropping empties', () => {
		expect(keySet(' t, seed,,k ')).toEqual({ all: false, keys: new Set(['t', 'seed', 'k']) });
	});
	it('knows `all`', () => {
		expect(keySet('all').all).toBe(true);
		expect(keySet('').all).toBe(false);
	});
});

describe('lessonNumbers(lesson)', () => {
	it('rounds and drops repeats, keeping the first place', () => {
		expect(lessonNumbers([6, 12.4, 6, 5, 12])).toEqual([6, 12, 5]);
	});
});

describe('site keys in a hash', () => {
	it('read beside a demo’s own keys', () => {
		const { values, issues } = decodeHash(siteSchema, '#t=0.8&hide=seed&lock=t&theme=dark&lang=zh');
		expect(values).toMatchObject({ hide: 'seed', lock: 't', theme: 'dark', lang: 'zh' });
		expect(issues).toEqual([]);
	});
	it('clamp a lesson to question numbers and reject unknown themes', () => {
		const { values, issues } = decodeHash(siteSchema, '#lesson=0,6,99&theme=purple');
		expect(values.lesson).toEqual([1, 6, 50]);
		expect(values.theme).toBe('auto');
		expect(issues).toEqual([
			{ key: 'lesson', problem: 'clamped' },
			{ key: 'theme', problem: 'invalid' }
		]);
	});
});
