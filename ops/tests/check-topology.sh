#!/usr/bin/env bash
# Compares compose/rabbitmq/topology.txt (what the broker pre-loads) with the queues every service's source
# declares: its Spring Cloud Stream consumer bindings in src/main/resources/<service>.yml (a group on
# arrflow.commands is a work queue, a group on arrflow.events an event subscription with its routing keys) and
# Topology.jobQueueFor(<family>) for the jobs queues. The image check compares a running service's real
# declarations; this covers all five, including the ones CI does not run.
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

import yaml

found = {"work": set(), "jobs": set(), "events": {}}
problems = []

def stream_of(config):
    return ((config.get("spring") or {}).get("cloud") or {}).get("stream") or {}

for config_file in sorted((root / "services").glob("*/src/main/resources/*.yml")):
    stream = stream_of(yaml.safe_load(config_file.read_text()) or {})
    rabbit = (stream.get("rabbit") or {}).get("bindings") or {}
    for name, binding in (stream.get("bindings") or {}).items():
        destination, group = binding.get("destination"), binding.get("group")
        consumer = (rabbit.get(name) or {}).get("consumer") or {}
        keys = str(consumer.get("binding-routing-key", "#"))
        patterns = set(keys.split(consumer.get("binding-routing-key-delimiter") or ","))
        if destination == "arrflow.commands":
            found["work"].add(group)
            if patterns != {group}:
                problems.append(f"{config_file}: {name} must bind {group} by its own name, not {sorted(patterns)}")
        elif destination == "arrflow.events" and group and group.endswith(".events"):
            service = group.removeprefix("arrflow.").removesuffix(".events")
            found["events"].setdefault(service, set()).update(patterns)
        else:
            problems.append(f"{config_file}: binding {name} ({destination}, {group}) is neither a work queue nor events")

for java in sorted(root.glob("services/*/src/main/java/**/*.java")):
    text = java.read_text()
    if re.search(r"Topology\.jobQueueFor\(", text):
        found["jobs"].update(re.findall(r'"(any|software|vaapi|qsv)"', text))

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
