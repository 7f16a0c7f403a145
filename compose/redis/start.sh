#!/bin/sh
# Starts Redis with the default user's password taken from the redis-password secret file. The ACL file
# holds only the password's SHA-256 (ACL "#<hash>" syntax), never the password itself.
set -eu
umask 077

# The paths can be overridden for ops/tests/base-services-test.sh, which runs this script on the host.
secret="${ARRFLOW_REDIS_PASSWORD_FILE:-/run/secrets/redis-password}"
acl="${ARRFLOW_REDIS_ACL_FILE:-/tmp/redis-users.acl}"
conf="${ARRFLOW_REDIS_CONF:-/usr/local/etc/redis/redis.conf}"
[ -r "$secret" ] || { echo "arrflow: $secret is missing: run secrets-rotator init" >&2; exit 1; }
hash="$(tr -d '\r\n' <"$secret" | sha256sum | cut -d' ' -f1)"
printf 'user default on #%s ~* &* +@all\n' "$hash" >"$acl"
chown redis:redis "$acl"
# The image's entrypoint fixes /data's owner and drops to the redis user.
exec "${ARRFLOW_NEXT_ENTRYPOINT:-docker-entrypoint.sh}" redis-server "$conf" --aclfile "$acl" "$@"
