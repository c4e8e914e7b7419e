#!/usr/bin/env bash
# Installs what checks docker-compose.yml in the build (forumctl's ComposeFileTest runs
# `docker-compose config -q` on it) from Debian's docker-compose package, when no compose tool exists and
# this machine can install one. It needs no Docker engine, and none is installed with it. Never fails:
# without the tool that one check is skipped ("docker-compose not found: compose file check skipped")
# and the file is still checked against forumctl's topology.
set -u
if docker compose version >/dev/null 2>&1 || docker-compose version >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "[compose check] no docker compose / docker-compose, and not installable here (needs root and apt-get):"
  echo "[compose check]   sudo apt-get install --no-install-recommends docker-compose   — the compose file check will be skipped."
  exit 0
fi
echo "[compose check] installing docker-compose from Debian's packages (no Docker engine)..."
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null; }; then
  echo "[compose check] could not install docker-compose; the compose file check will be skipped."
fi
exit 0
