#!/usr/bin/env bash
# Compares compose/rabbitmq/topology.txt (what the broker pre-loads) with the queues every service's source
# declares through Topology: workQueue(<name>), jobQueueFor(<family>) and eventSubscription(<service>,
# <patterns>...). The image check compares a running service's real declarations; this covers all five,
# including the ones CI does not run. String constants of the same file (SERVICE, QUEUE) are resolved.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
# shellcheck source=ops/tests/lib.sh
source "$here/lib.sh"
require_tools python3

python3 - "$root" <<'PY'
import pathlib, re, sys

root = pathlib.Path(sys.argv[1])
topology = {"work": set(), "jobs": set(), "events": {}}
for line in (root / "compose/rabbitmq/topology.txt").read_text().splitlines():
    parts = line.split()
    if not parts or parts[0].startswith("#"):
        continue
    if parts[0] == "work":
        topology["work"].add(parts[1])
    elif parts[0] == "jobs":
        topology["jobs"].update(parts[1:])
    elif parts[0] == "events":
        topology["events"][parts[1]] = set(parts[2:])

constants = {"Topology.TRANSCODE_REQUESTS": "arrflow.transcode.requests",
             "Topology.SECRET_COMMANDS": "arrflow.secrets.commands"}
for java in root.glob("services/*/src/main/java/**/*.java"):
    for name, value in re.findall(r'static\s+final\s+String\s+(\w+)\s*=\s*"([^"]*)"', java.read_text()):
        constants[f"{java.stem}.{name}"] = value

def value(token, java):
    token = token.strip()
    if token.startswith('"'):
        return token.strip('"')
    return constants.get(token) or constants.get(f"{java.stem}.{token}") or constants.get(token.split(".")[-1])

found = {"work": set(), "jobs": set(), "events": {}}
problems = []
for java in sorted(root.glob("services/*/src/main/java/**/*.java")):
    text = java.read_text()
    for arg in re.findall(r"Topology\.workQueue\(([^)]*)\)", text):
        name = value(arg, java)
        (found["work"].add(name) if name else problems.append(f"{java.name}: cannot resolve workQueue({arg})"))
    for arg in re.findall(r"Topology\.jobQueueFor\(([^)]*)\)", text):
        families = re.findall(r'"(any|software|vaapi|qsv)"', text)
        found["jobs"].update(families or [])
    for args in re.findall(r"Topology\.eventSubscription\(([^;]*?)\)\s*;", text, re.S):
        tokens = [t for t in re.split(r",\s*", args.strip()) if t]
        service = value(tokens[0], java)
        patterns = {value(t, java) for t in tokens[1:]}
        if not service or None in patterns:
            problems.append(f"{java.name}: cannot resolve eventSubscription({args.strip()})")
            continue
        found["events"].setdefault(service, set()).update(patterns)

for queue in sorted(found["work"] - topology["work"]):
    problems.append(f"work queue {queue} is declared by a service but not pre-loaded (topology.txt)")
for queue in sorted(topology["work"] - found["work"]):
    problems.append(f"work queue {queue} is pre-loaded but no service declares it")
for family in sorted(found["jobs"] - topology["jobs"]):
    problems.append(f"job family {family} is declared by a service but not pre-loaded")
for service in sorted(set(found["events"]) | set(topology["events"])):
    declared, loaded = found["events"].get(service, set()), topology["events"].get(service)
    if loaded is None:
        problems.append(f"arrflow.{service}.events is declared but not pre-loaded")
    elif declared != loaded:
        problems.append(f"arrflow.{service}.events: the service binds {sorted(declared)}, topology.txt {sorted(loaded)}")
if problems:
    print("\n".join("FAIL: " + p for p in problems), file=sys.stderr)
    sys.exit(1)
print(f"  topology.txt matches the services' sources: {len(found['work'])} work queues, job families "
      f"{sorted(found['jobs'])}, event subscriptions of {sorted(found['events'])}")
PY
echo "topology check: OK"
