#!/usr/bin/env bash
# Renders definitions.json (exchanges, quorum queues with x-delivery-limit 5 and dead-lettering, their
# .dlq queues and bindings, vhost "/") from topology.txt, exactly as the services declare them (their
# Spring Cloud Stream bindings with the platform defaults, and Topology.java for the jobs queues), so the
# broker's pre-loaded queues and the services' own declarations never disagree (RabbitMQ would refuse a
# re-declaration with other arguments). `--check` compares with the committed file instead of writing it.
# Users are not in here: rabbitmq/entrypoint.sh adds the arrflow user from the generated secret at start.
set -euo pipefail
set -f # routing patterns such as "health.*" are not file globs
umask 022

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly VHOST="/" EVENTS="arrflow.events" JOBS="arrflow.jobs" COMMANDS="arrflow.commands" DLX="arrflow.dlx"
readonly DELIVERY_LIMIT=5

queue() { # name, dead-lettered?
    if [[ "$2" == yes ]]; then
        jq -nc --arg n "$1" --arg v "$VHOST" --arg dlx "$DLX" --argjson limit "$DELIVERY_LIMIT" \
            '{name:$n, vhost:$v, durable:true, auto_delete:false, arguments:{"x-queue-type":"quorum",
              "x-delivery-limit":$limit, "x-dead-letter-exchange":$dlx, "x-dead-letter-routing-key":$n}}'
    else
        jq -nc --arg n "$1" --arg v "$VHOST" \
            '{name:$n, vhost:$v, durable:true, auto_delete:false, arguments:{"x-queue-type":"quorum"}}'
    fi
}

binding() { # exchange, queue, routing key
    jq -nc --arg s "$1" --arg d "$2" --arg k "$3" --arg v "$VHOST" \
        '{source:$s, vhost:$v, destination:$d, destination_type:"queue", routing_key:$k, arguments:{}}'
}

exchange() { # name, type
    jq -nc --arg n "$1" --arg t "$2" --arg v "$VHOST" \
        '{name:$n, vhost:$v, type:$t, durable:true, auto_delete:false, internal:false, arguments:{}}'
}

work_queue() { # name: the queue, its dead-letter queue and the binding between them
    queue "$1" yes >>"$queues"
    queue "$1.dlq" no >>"$queues"
    binding "$DLX" "$1.dlq" "$1" >>"$bindings"
}

render() {
    local kind name rest family pattern
    queues="$(mktemp)"
    bindings="$(mktemp)"
    while read -r kind name rest; do
        case "$kind" in
            "" | "#"*) continue ;;
            work)
                work_queue "$name"
                binding "$COMMANDS" "$name" "$name" >>"$bindings"
                ;;
            jobs)
                for family in "$name" $rest; do
                    local q="arrflow.transcode.jobs"
                    [[ "$family" == any ]] || q="$q.$family"
                    work_queue "$q"
                    binding "$JOBS" "$q" "$family" >>"$bindings"
                done
                ;;
            events)
                work_queue "arrflow.$name.events"
                for pattern in $rest; do
                    binding "$EVENTS" "arrflow.$name.events" "$pattern" >>"$bindings"
                done
                ;;
            *) echo "topology.txt: unknown kind '$kind'" >&2; exit 1 ;;
        esac
    done <"$here/topology.txt"
    {
        exchange "$EVENTS" topic
        exchange "$JOBS" direct
        exchange "$COMMANDS" direct
        exchange "$DLX" topic
    } | jq -s --slurpfile q <(jq -s . "$queues") --slurpfile b <(jq -s . "$bindings") --arg v "$VHOST" \
        '{vhosts:[{name:$v}], exchanges:., queues:$q[0], bindings:$b[0]}'
    rm -f "$queues" "$bindings"
}

if [[ "${1:-}" == "--check" ]]; then
    if ! diff <(render) "$here/definitions.json"; then
        echo "compose/rabbitmq/definitions.json is stale: run compose/rabbitmq/render-definitions.sh" >&2
        exit 1
    fi
else
    render >"$here/definitions.json"
fi
