/**
 * Inferring a predicate grammar from a spec alone: the quantifier prefix and the atoms lemmas are drawn from, read
 * from the type invariant, the safety property, the actions and how the spec uses its state. {@link
 * dev.invar.assistant.prove.grammar.GrammarInference} is the entry point; each {@code GrammarPart} reads one source
 * of atoms into a shared {@code GrammarDraft}.
 */
package dev.invar.assistant.prove.grammar;
