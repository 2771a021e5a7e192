/**
 * The CI gate: a repository's {@code invar.json} (or the community examples' manifests), which models
 * to check (changed since a commit, one shard of many), checking them in parallel against their expected
 * verdicts and state bounds, and a content-keyed result cache. Reports are rendered by the cli.
 */
package dev.invar.ci;
