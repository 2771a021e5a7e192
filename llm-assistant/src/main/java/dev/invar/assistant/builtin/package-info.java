/**
 * The built-in drafter: candidate invariants built from the spec itself (the shapes TypeOK gives the
 * variables, the values they take), offline and with no hand-written grammar.
 */
package dev.invar.assistant.builtin;
