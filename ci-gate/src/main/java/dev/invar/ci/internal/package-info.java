/** Module closures, cache keys, git queries and the community-manifest reader behind the CI gate. */
package dev.invar.ci.internal;
