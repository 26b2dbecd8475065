// Every property test stops generating, and stops shrinking a failure it found, after 30 s.
// vitest's testTimeout cannot stop a synchronous predicate, and a shrink can go on and on: the
// topic classifier's old accuracyByK property, failing on 2 of 4 seeds, was still shrinking after
// 60 s (10,000+ steps) on both, while CI's one vitest worker waited. A failure is now reported
// with the smallest counterexample found in the time.
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), interruptAfterTimeLimit: 30_000 });
