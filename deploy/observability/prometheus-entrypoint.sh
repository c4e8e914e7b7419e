#!/bin/sh
# Prometheus' container start (docker-compose, decision 0027): the client secret of the issuer's relay-metrics
# client comes in the environment (the env file's RELAY_IDENTITY_METRICS_SECRET); Prometheus reads it from a file
# (client_secret_file in prometheus.yml), written here readable by its own user only, on the tmpfs /run/relay
# (never on a disk), and never printed. Then Prometheus itself, as the image runs it, without the variable.
set -eu
: "${RELAY_IDENTITY_METRICS_SECRET:?make it with ./forumctl.sh kafka-secrets}"
umask 077
printf '%s' "$RELAY_IDENTITY_METRICS_SECRET" > /run/relay/metrics-client-secret
unset RELAY_IDENTITY_METRICS_SECRET
exec /bin/prometheus --config.file=/etc/prometheus/prometheus.yml --storage.tsdb.path=/prometheus "$@"
