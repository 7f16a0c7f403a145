#!/bin/sh
# One HTTP exchange: /ping is open, /api/v3/system/status needs X-Api-Key = the key read at start.
read -r method target protocol
key=""
while read -r line; do
  line=$(printf '%s' "$line" | tr -d '\r')
  [ -z "$line" ] && break
  case "$line" in
    [Xx]-[Aa][Pp][Ii]-[Kk][Ee][Yy]:*) key=$(printf '%s' "${line#*:}" | tr -d ' ') ;;
  esac
done
respond() {
  printf 'HTTP/1.1 %s\r\nContent-Type: application/json\r\nContent-Length: %s\r\nConnection: close\r\n\r\n%s' \
    "$1" "${#2}" "$2"
}
case "${target%%\?*}" in
  /ping) respond "200 OK" '{"status":"OK"}' ;;
  /api/v3/system/status)
    if [ -n "$STANDIN_KEY" ] && [ "$key" = "$STANDIN_KEY" ]; then
      respond "200 OK" '{"appName":"Sonarr","version":"4.0.19.2979"}'
    else
      respond "401 Unauthorized" '{"message":"Unauthorized"}'
    fi ;;
  *) respond "404 Not Found" '{"message":"NotFound"}' ;;
esac
