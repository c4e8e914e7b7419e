#!/bin/sh
# Prometheus' container start (docker-compose, decision 0027): the client secret of the issuer's relay-metrics
# client comes in the environment (the env file's RELAY_IDENTITY_METRICS_SECRET); Prometheus reads it from a file,
# readable by its own user only, never printed. Then Prometheus itself, as the image runs it.
set -eu
: "${RELAY_IDENTITY_METRICS_SECRET:?make it with ./forumctl.sh kafka-secrets}"
umask 077
mkdir -p /prometheus/secrets
printf '%s' "$RELAY_IDENTITY_METRICS_SECRET" > /prometheus/secrets/metrics-client-secret
exec /bin/prometheus --config.file=/etc/prometheus/prometheus.yml --storage.tsdb.path=/prometheus "$@"
