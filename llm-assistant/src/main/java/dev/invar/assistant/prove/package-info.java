/**
 * Inductive invariants: checking that a predicate is inductive on a small instance, finding lemmas that
 * make a safety property inductive from counterexamples to induction, and writing the TLAPS skeleton.
 */
package dev.invar.assistant.prove;
