/**
 * Mechanical vetting of drafted invariants: each must hold on every reachable state of the model, say
 * more than TypeOK alone, not be vacuous, be violated by some mutant of the spec, and not be implied by a
 * stronger accepted one. Every check is a TLC pass over the states, many candidates at once.
 */
package dev.invar.assistant.vetting;
