/**
 * Running the TLA+ tools: requests, the {@link dev.invar.tlc.TlcRunner} that starts TLC in a child JVM,
 * and the typed results, events, traces and TLA+ values it produces. Internals live in {@code .internal}.
 */
package dev.invar.tlc;
