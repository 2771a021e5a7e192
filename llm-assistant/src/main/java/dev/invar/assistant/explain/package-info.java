/**
 * Explaining a counterexample: which actions fired, which variables changed at each step, which conjunct
 * of the violated property is false in the last state (decided by TLC), and, with a language model, a short
 * account in plain English.
 */
package dev.invar.assistant.explain;
