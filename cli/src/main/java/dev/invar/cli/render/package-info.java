/** Output formats: the terminal report, the JSON result, ITF traces, the live progress line. */
package dev.invar.cli.render;
