/**
 * The floor of the input-to-frame figure: mouse moves over a page with no demo and nothing to
 * redraw. Headless Chromium here paints at 60 Hz whatever the flags, and each event is sent just
 * after a frame, so even this waits most of a frame; read the demos' figures against it.
 */
export const interactions = [
	{
		name: 'baseline: mouse moves over a page without a demo (the floor)',
		path: '/what-is-an-llm',
		step: (page, i, count) => page.mouse.move(100 + (i % count) * 5, 300 + (i % 7) * 10)
	}
];
