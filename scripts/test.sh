#!/usr/bin/env bash
# Installs what the tests need (Debian's Chromium and ChromeDriver for the browser tests, PostgreSQL's client programs
# for the backup and restore round trip) and runs every test: unit and property tests, integration tests on embedded
# PostgreSQL, architecture checks and browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
    || ! command -v pg_dump >/dev/null || ! command -v pg_restore >/dev/null; then
  sudo_if_needed=""
  [ "$(id -u)" -eq 0 ] || sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_if_needed apt-get install -y -qq chromium chromium-driver postgresql-client \
    >/dev/null
fi

# The longest methods, as a report; a method over 70 lines fails the run (split it into named steps).
python3 scripts/longest-methods 10 --over 70

./mvnw -B -ntp verify "$@"
