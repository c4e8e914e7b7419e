#!/usr/bin/env bash
# Runs forumctl from the built jar: ./forumctl.sh up | demo | --help
exec java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -jar "$(dirname "$0")/forumctl/target/forumctl-exec.jar" "$@"
