/** Option groups shared by commands as picocli mixins (TLC flags, model overrides, output). */
package dev.invar.cli.options;
