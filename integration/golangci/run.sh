#!/usr/bin/env bash
# Builds golangci-lint v2.15.0 with the mapilint module plugin compiled in
# (this module: what "golangci-lint custom" builds from .custom-gcl.yml, made
# from the Go module proxy instead of a git clone) and runs the end-to-end
# test in e2e/ with it: diagnostics, //nolint:mapilint, plugin settings,
# --fix, and the command lines VS Code and golangci-lint-langserver run.
#
# Needs the Go toolchain and the module proxy. The first build compiles all
# of golangci-lint (minutes); later builds reuse the Go build cache.
set -euo pipefail

cd "$(dirname "$0")"
export GOWORK=off GOTOOLCHAIN=local
export GOFLAGS="${GOFLAGS:+$GOFLAGS }-mod=readonly"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bin="$tmp/golangci-lint-mapilint"

start=$SECONDS
go build -o "$bin" .
echo "built $("$bin" version) in $((SECONDS - start))s"

start=$SECONDS
MAPILINT_GOLANGCI_BIN="$bin" go test -count=1 ./e2e/
echo "end-to-end test ran in $((SECONDS - start))s"
