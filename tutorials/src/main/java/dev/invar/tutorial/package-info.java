/**
 * Guided tutorials: the lesson catalog, the learner's workspace with its saved progress, and the tutor that
 * judges a step with TLC and gives hints. Exercises are judged mechanically, never by matching text.
 */
package dev.invar.tutorial;
