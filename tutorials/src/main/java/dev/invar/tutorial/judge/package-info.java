/**
 * Judges: how a step's answer is decided with TLC. Each kind of exercise (an invariant, a fix, a liveness
 * condition, a model, an inductive invariant) is one record, named by {@code kind} in a lesson's JSON.
 */
package dev.invar.tutorial.judge;
