#!/usr/bin/env bash
# Gradescope runs this once, as root on Ubuntu, while it builds the autograder's image:
# a JDK 21, then one build of the course so that Maven and its plugins are already downloaded.
set -euo pipefail

CHAPTER="@CHAPTER@"
SOURCE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    openjdk-21-jdk-headless ca-certificates curl
fi

# A zip written by Java keeps no file modes: make the scripts executable here.
chmod +x "$SOURCE/run_autograder" "$SOURCE/course/mvnw"

# Warm-up build on an empty skeleton: its tests do not compile, which is expected here.
WARM="$(mktemp -d)"
cp -R "$SOURCE/course/." "$WARM/"
mkdir -p "$WARM/$CHAPTER/src/main/java"
cd "$WARM"
bash ./mvnw -B -q test -Phidden -pl "$CHAPTER" >/dev/null 2>&1 || true
bash ./mvnw -B -q -pl test-support compile exec:exec@export-results \
  -Dexport.args="--format gradescope --chapter $CHAPTER --out $WARM/warm-up.json" >/dev/null 2>&1 || true
cd /
rm -rf "$WARM"
echo "setup.sh: JDK and Maven ready for $CHAPTER"
