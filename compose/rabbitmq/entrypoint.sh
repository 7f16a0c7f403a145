#!/bin/sh
# Writes the definitions directory RabbitMQ imports at boot (rabbitmq.conf: load_definitions): the
# committed topology plus the arrflow user, whose password comes from the rabbitmq-password secret file.
# The value is only ever in the secret file and this private tmpfs copy, never in a committed file.
set -eu
umask 077

secret=/run/secrets/rabbitmq-password
user="${ARRFLOW_RABBITMQ_USER:-arrflow}"
dir=/tmp/arrflow-definitions

[ -r "$secret" ] || { echo "arrflow: $secret is missing: run secrets-rotator init" >&2; exit 1; }
password="$(tr -d '\r\n' <"$secret")"
[ -n "$password" ] || { echo "arrflow: $secret is empty" >&2; exit 1; }
case "$password$user" in
    *'"'* | *\\*) echo "arrflow: the RabbitMQ user or password contains a quote or backslash" >&2; exit 1 ;;
esac

mkdir -p "$dir"
cp /etc/rabbitmq/arrflow/topology.json "$dir/10-topology.json"
cat >"$dir/20-users.json" <<JSON
{"vhosts":[{"name":"/"}],
 "users":[{"name":"$user","password":"$password","tags":"administrator"}],
 "permissions":[{"user":"$user","vhost":"/","configure":".*","write":".*","read":".*"}]}
JSON
chown -R rabbitmq:rabbitmq "$dir"
exec docker-entrypoint.sh "$@"
