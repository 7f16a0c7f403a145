#!/usr/bin/env bash
# Validates compose/: `docker-compose config` for base plus every combination of the other five files
# (32), that a file without base is refused, and on the full stack: a healthcheck on every service,
# arrflow's services non-root with a read-only root filesystem, /dev/dri for the worker, linuxserver's
# PUID/PGID/TZ and /config, Authelia's middleware on every routed UI, credentials only as files from the
# secrets directory, every secret file name one that `secrets-rotator init` really generates (and its .env
# accepted by compose). Uses compose/.env.example as the .env.
set -euo pipefail
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=ops/tests/lib.sh
source "$here/lib.sh"
require_tools docker-compose python3

compose="$root/compose"
readonly OPTIONAL=(media download monitoring security arrflow)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

config() { docker-compose --project-directory "$compose" --env-file "$compose/.env.example" "$@" config; }

# Secret files compose names that `secrets-rotator init` does not generate (yet): the user makes them.
readonly USER_MADE_SECRETS="grafana-admin-password"

# The newest JDK >= 21 (the rotator jar needs it): $JAVA_HOME first, then /usr/lib/jvm.
find_java() {
    local home version homes=()
    mapfile -t homes < <(find /usr/lib/jvm -mindepth 1 -maxdepth 1 -type d 2>/dev/null | sort -rV)
    for home in "${JAVA_HOME:-}" "${homes[@]}"; do
        [[ -n "$home" && -x "$home/bin/java" && -f "$home/release" ]] || continue
        version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")"
        if [[ "$version" =~ ^[0-9]+$ ]] && ((version >= 21)); then
            echo "$home/bin/java"
            return 0
        fi
    done
    fail "no JDK >= 21 under \$JAVA_HOME or /usr/lib/jvm"
}

# Runs the real `secrets-rotator init` into a scratch stack folder, so the names compose expects are
# checked against the names init generates.
rotator_init() {
    local jar="$root/services/secrets-rotator/target/secrets-rotator.jar"
    if [[ ! -f "$jar" ]]; then
        echo "  secrets-rotator.jar missing: building it (./mvnw -q -B -DskipTests package -f services/secrets-rotator/pom.xml)"
        (cd "$root" && ./mvnw -q -B -DskipTests package -f services/secrets-rotator/pom.xml) ||
            fail "could not build services/secrets-rotator/target/secrets-rotator.jar"
    fi
    "$(find_java)" -jar "$jar" init "$work/stack" >"$work/init.log" 2>&1 ||
        fail "secrets-rotator init failed: $(tail -3 "$work/init.log")"
    [[ -f "$work/stack/.env" && -d "$work/stack/secrets" ]] || fail "secrets-rotator init wrote no .env or secrets/"
}

combinations=0
for ((mask = 0; mask < 1 << ${#OPTIONAL[@]}; mask++)); do
    files=(-f "$compose/compose.base.yml")
    names=(base)
    for i in "${!OPTIONAL[@]}"; do
        if ((mask & 1 << i)); then
            files+=(-f "$compose/compose.${OPTIONAL[i]}.yml")
            names+=("${OPTIONAL[i]}")
        fi
    done
    config "${files[@]}" >"$work/config.yml" 2>"$work/error" ||
        fail "docker-compose config of ${names[*]} failed: $(head -3 "$work/error")"
    combinations=$((combinations + 1))
done
echo "  docker-compose config: all $combinations combinations of base + ${OPTIONAL[*]} are valid"

if config -f "$compose/compose.arrflow.yml" >/dev/null 2>&1; then
    fail "compose.arrflow.yml without compose.base.yml was accepted (its depends_on should need base)"
fi
echo "  compose.arrflow.yml alone is refused (it needs base's rabbitmq and redis)"

# $work/config.yml is now the full stack (the last combination has every file).
rotator_init
docker-compose --project-directory "$compose" --env-file "$work/stack/.env" -f "$compose/compose.base.yml" \
    -f "$compose/compose.arrflow.yml" config >/dev/null 2>"$work/error" ||
    fail "docker-compose config with the .env secrets-rotator init wrote failed: $(head -3 "$work/error")"
echo "  secrets-rotator init: its .env works with compose (base + arrflow)"
# usage: check_full_stack CONFIG ARRFLOW_SERVICES WORKER -> the rules below on a full stack's config
check_full_stack() {
python3 - "$1" "$work/stack/secrets" "$USER_MADE_SECRETS" "$2" "$3" <<'PY'
import os, re, sys, yaml

stack = yaml.safe_load(open(sys.argv[1]))
generated = set(os.listdir(sys.argv[2]))
user_made = set(sys.argv[3].split())
services = stack["services"]
arrflow = set(sys.argv[4].split())
worker_name = sys.argv[5]
problems = []
secret_name = re.compile(r"(PASS|PASSWORD|SECRET|TOKEN|API_?KEY|CREDENTIALS)", re.I)

for name, svc in sorted(services.items()):
    test = (svc.get("healthcheck") or {}).get("test")
    if not test or svc["healthcheck"].get("disable") or test in (["NONE"], "NONE"):
        problems.append(f"{name}: no healthcheck")
    env = svc.get("environment") or {}
    for key, value in env.items():
        # A credential-named variable may only name a file or folder (a path), never hold a value.
        if secret_name.search(key) and key != "ARRFLOW_API_TRUST_REMOTE_USER":
            if value and not str(value).startswith("/"):
                problems.append(f"{name}: {key} holds a credential in the environment; use a *_FILE variable")
        if re.search(r"(_FILE|__FILE)$|^FILE__", key) and value and not str(value).startswith("/run/secrets/"):
            problems.append(f"{name}: {key}={value} does not point into /run/secrets")
    labels = svc.get("labels") or {}
    if labels.get("traefik.enable") == "true" and name != "authelia":
        routers = {k.split(".")[3] for k in labels if k.startswith("traefik.http.routers.")}
        for router in routers:
            if labels.get(f"traefik.http.routers.{router}.middlewares") != "authelia@docker":
                problems.append(f"{name}: router {router} is not behind authelia@docker")
    image = svc.get("image", "")
    if image.startswith("lscr.io/linuxserver/"):
        for key in ("PUID", "PGID", "TZ"):
            if key not in env:
                problems.append(f"{name}: linuxserver image without {key}")
        targets = [v.get("target") if isinstance(v, dict) else str(v).split(":")[1] for v in svc.get("volumes", [])]
        if "/config" not in targets:
            problems.append(f"{name}: linuxserver image without a /config volume")
    if name in arrflow:
        user = str(svc.get("user", ""))
        if not user or user.split(":")[0] in ("0", "root"):
            problems.append(f"{name}: arrflow service without a non-root user")
        if not svc.get("read_only"):
            problems.append(f"{name}: arrflow service without a read-only root filesystem")

worker = services.get(worker_name, {})
if not any(str(d).startswith("/dev/dri") for d in worker.get("devices", [])):
    problems.append(f"{worker_name}: /dev/dri is not passed")
for name, secret in (stack.get("secrets") or {}).items():
    if "/secrets/" not in secret.get("file", ""):
        problems.append(f"secret {name} is not a file of the secrets directory")
# Every secret file compose names must be one `secrets-rotator init` generates (or a known user-made one).
named = {os.path.basename(s.get("file", "")) for s in (stack.get("secrets") or {}).values()}
for svc in services.values():
    for value in (svc.get("environment") or {}).values():
        match = re.match(r"^/run/secrets/([^/]+)$", str(value or ""))
        if match:
            named.add(match.group(1))
for name in sorted(named - generated - user_made):
    problems.append(f"compose uses the secret file {name}, which secrets-rotator init does not generate")
print(f"  {len(named)} secret file names used by compose: {len(named & generated)} generated by secrets-rotator init, "
      f"user-made: {', '.join(sorted(named & user_made)) or 'none'}")
missing = arrflow - services.keys()
if missing:
    problems.append(f"services missing from the full stack: {sorted(missing)}")
if problems:
    print("\n".join("FAIL: " + p for p in problems), file=sys.stderr)
    sys.exit(1)
print(f"  full stack: {len(services)} services, all with healthchecks; arrflow's {len(arrflow)} non-root and read-only; "
      f"/dev/dri for the worker; every routed UI behind Authelia; credentials only as secret files")
PY
}
check_full_stack "$work/config.yml" "library-watcher transcode-worker secrets-rotator health-prober alert-bridge" \
    transcode-worker

# compose.all-in-one.yml instead of compose.arrflow.yml: the same rules on the one container.
config -f "$compose/compose.base.yml" -f "$compose/compose.media.yml" -f "$compose/compose.download.yml" \
    -f "$compose/compose.monitoring.yml" -f "$compose/compose.security.yml" -f "$compose/compose.all-in-one.yml" \
    >"$work/all-in-one.yml" 2>"$work/error" || fail "docker-compose config with compose.all-in-one.yml failed: $(head -3 "$work/error")"
check_full_stack "$work/all-in-one.yml" arrflow arrflow

# The review hook's rule: no 32-hex string (an API key's shape) anywhere in compose/ or ops/.
if grep -rInE '(^|[^0-9a-fA-F])[0-9a-fA-F]{32}([^0-9a-fA-F]|$)' "$compose" "$root/ops" >"$work/hex"; then
    fail "32-hex strings found: $(cut -c1-120 "$work/hex")"
fi
echo "  no 32-hex string (API-key shape) in compose/ or ops/"
echo "compose check: OK"
