import { afterEach, describe, expect, it, vi } from 'vitest';
import { glideDuration } from './glide';

describe('glideDuration', () => {
	afterEach(() => vi.useRealTimers());

	it('glides after a single change and not while changes stream in', () => {
		vi.useFakeTimers({ toFake: ['performance'] });
		const duration = glideDuration(160);
		expect(duration()).toBe(160);
		vi.advanceTimersByTime(16);
		expect(duration()).toBe(0); // the next frame of a drag
		vi.advanceTimersByTime(100);
		expect(duration()).toBe(0); // still within the glide of the change before
		vi.advanceTimersByTime(500);
		expect(duration()).toBe(160); // a new single change
	});

	it('remembers each value on its own', () => {
		vi.useFakeTimers({ toFake: ['performance'] });
		const a = glideDuration(100);
		const b = glideDuration(100);
		expect(a()).toBe(100);
		expect(b()).toBe(100);
	});
});
