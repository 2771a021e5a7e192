/** Reports of {@code invar ci}: the console table, JUnit XML, SARIF 2.1.0, GitHub annotations and step summary. */
package dev.invar.cli.render.ci;
