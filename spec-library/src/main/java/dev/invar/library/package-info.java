/**
 * The spec library: TLA+ specs of distributed protocols with their models, seeded-bug variants and
 * expected results, read from bundled resources through {@link dev.invar.library.SpecLibrary}.
 * Knows nothing of TLC: running the models is the runner's job.
 */
package dev.invar.library;
