#!/usr/bin/env bash
# Builds both services and starts them on the embedded default (H2 files under ./data/) with the demo directory.
# Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
# package, not install: bin/service starts the jars in each module's target/.
mvn -q -B -ntp package -DskipTests
mkdir -p data
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' INT TERM EXIT
for service in incident-service post-service; do
  bin/service "$service" --spring.profiles.active=demo >"data/$service.log" 2>&1 &
  pids+=($!)
done
for port in 8081 8082; do
  for _ in $(seq 1 120); do
    curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1 && break
    sleep 1
  done
done
echo "incident-service: http://localhost:8081  (API docs: http://localhost:8081/swagger-ui.html, log: data/incident-service.log)"
echo "post-service:     http://localhost:8082  (API docs: http://localhost:8082/swagger-ui.html, log: data/post-service.log)"
echo "Demo users (password 'demo'): teacher, teacher2, computing, dsl, head, deputy, governor, admin, slt, chair. Ctrl-C stops both."
wait
