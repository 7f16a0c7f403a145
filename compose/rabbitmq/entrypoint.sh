#!/bin/sh
# Writes the definitions directory RabbitMQ imports at boot (rabbitmq.conf: load_definitions): the
# committed topology plus the arrflow user, whose password comes from the rabbitmq-password secret file.
# The value is only ever in the secret file and this private tmpfs copy, never in a committed file.
set -eu
umask 077

# The paths can be overridden for ops/tests/base-services-test.sh, which runs this script on the host.
secret="${ARRFLOW_RABBITMQ_PASSWORD_FILE:-/run/secrets/rabbitmq-password}"
topology="${ARRFLOW_TOPOLOGY_FILE:-/etc/rabbitmq/arrflow/topology.json}"
dir="${ARRFLOW_DEFINITIONS_DIR:-/tmp/arrflow-definitions}"
user="${ARRFLOW_RABBITMQ_USER:-arrflow}"

[ -r "$secret" ] || { echo "arrflow: $secret is missing: run secrets-rotator init" >&2; exit 1; }
password="$(tr -d '\r\n' <"$secret")"
[ -n "$password" ] || { echo "arrflow: $secret is empty" >&2; exit 1; }
case "$password$user" in
    *'"'* | *\\*) echo "arrflow: the RabbitMQ user or password contains a quote or backslash" >&2; exit 1 ;;
esac

mkdir -p "$dir"
cp "$topology" "$dir/10-topology.json"
cat >"$dir/20-users.json" <<JSON
{"vhosts":[{"name":"/"}],
 "users":[{"name":"$user","password":"$password","tags":"administrator"}],
 "permissions":[{"user":"$user","vhost":"/","configure":".*","write":".*","read":".*"}]}
JSON
chown -R rabbitmq:rabbitmq "$dir"
exec "${ARRFLOW_NEXT_ENTRYPOINT:-docker-entrypoint.sh}" "$@"
