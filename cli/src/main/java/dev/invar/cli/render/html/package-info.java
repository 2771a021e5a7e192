/**
 * The counterexample report: one self-contained HTML page (verdict, statistics, the violated property, a
 * message sequence diagram and a state table) rendered from the JSON result document, for {@code invar check
 * --html} and {@code invar report} alike.
 */
package dev.invar.cli.render.html;
