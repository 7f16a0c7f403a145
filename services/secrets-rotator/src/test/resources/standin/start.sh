#!/bin/sh
# Like Sonarr/Radarr/Lidarr: the API key is read once, at start-up, from /config/config.xml,
# unless the env override (<APP>__AUTH__APIKEY, or linuxserver's FILE__<APP>__AUTH__APIKEY) is set.
# STANDIN_MAX_STARTS=n: from start n+1 on, hang without listening (an app that never comes back).
APP="${APP:-SONARR}"
starts=$(cat /config/.starts 2>/dev/null || echo 0)
starts=$((starts + 1))
echo "$starts" > /config/.starts
if [ -n "$STANDIN_MAX_STARTS" ] && [ "$starts" -gt "$STANDIN_MAX_STARTS" ]; then
  echo "stand-in: start $starts hangs without listening"
  trap 'exit 0' TERM
  while true; do sleep 1; done
fi
key=$(sed -n 's:.*<ApiKey>\([^<]*\)</ApiKey>.*:\1:p' /config/config.xml)
eval "file_override=\${FILE__${APP}__AUTH__APIKEY:-}"
eval "env_override=\${${APP}__AUTH__APIKEY:-}"
[ -n "$file_override" ] && key=$(cat "$file_override")
[ -n "$env_override" ] && key="$env_override"
export STANDIN_KEY="$key"
echo "stand-in: start $starts, listening on 127.0.0.1:$PORT"
nc -ll -p "$PORT" 127.0.0.1 -e /handler.sh &
server=$!
trap 'kill $server; exit 0' TERM
wait
