// Interactions that demos register with the benchmark. Each entry:
//   { name, path, setup?(page), step(page, i) }
// `path` is opened, `setup` runs once, then `step` is called for each of the measured events; it
// must cause one trusted input event (keyboard or mouse through Playwright) that the demo handles.
// The harness measures, per event, the time from the event to the next painted frame.
export const interactions = [];
