/**
 * The {@code invar} command line: the entry point, the factory that builds the picocli command tree,
 * exit codes and error handling. Commands are in {@code .commands}, option groups in {@code .options},
 * output formats in {@code .render}.
 */
package dev.invar.cli;
