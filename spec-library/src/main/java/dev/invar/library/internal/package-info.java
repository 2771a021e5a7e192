/** Reading the bundled resources: locating protocol directories in the jar or class-path folder. */
package dev.invar.library.internal;
