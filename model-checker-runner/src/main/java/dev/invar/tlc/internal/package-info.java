/**
 * Implementation of the runner: TLC command lines, the child-process supervisor, the {@code -tool}
 * message parser, the TLA+ value parser and the assembly of results from events. Not API.
 */
package dev.invar.tlc.internal;
