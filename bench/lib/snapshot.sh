# Sourced by the benchmark scripts. snapshot_invar ROOT DIR builds Invar once if needed (outside any
# timing) and copies the launcher and the build into DIR, so that a rebuild while a benchmark runs
# changes nothing it times: the copy has no sources, so the copied launcher never rebuilds.
snapshot_invar() {
  local root="$1" dir="$2"
  "$root/invar" --version >/dev/null
  mkdir -p "$dir/cli/target"
  cp "$root/invar" "$dir/"
  cp -r "$root/cli/target/invar-cli.jar" "$root/cli/target/lib" "$dir/cli/target/"
}
