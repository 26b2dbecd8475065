import { describe, expect, it } from 'vitest';
import { platformSegments, segmentText } from '$lib/math/word-segment';
import { guideTexts } from './guide-text';

describe("segmentText on the guide's own text", () => {
	it('gives the platform segmenter’s segments for both languages, as written and lowercased', async () => {
		for (const text of Object.values(await guideTexts())) {
			expect(segmentText(text)).toEqual(platformSegments(text));
			expect(segmentText(text.toLowerCase())).toEqual(platformSegments(text.toLowerCase()));
		}
	});
});
