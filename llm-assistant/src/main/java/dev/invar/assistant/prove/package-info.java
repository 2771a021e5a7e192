/**
 * Inductive invariants: checking that a predicate is inductive on a small instance, finding lemmas that
 * make a safety property inductive from counterexamples to induction, and writing the TLAPS skeleton. The
 * grammar the lemmas are drawn from is inferred in {@code prove.grammar}, or read from an Endive config.
 */
package dev.invar.assistant.prove;
