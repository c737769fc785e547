#!/usr/bin/env bash
# A Switchboard cluster on this machine: two WildFly nodes of the provisioned server (ear/target/server) on one
# PostgreSQL database, behind HAProxy. `mvn -Pcluster package` builds and runs `local-cluster.sh up`.
#
#   local-cluster.sh up            start everything, print the URLs, stay in the foreground (Ctrl+C stops it all)
#   local-cluster.sh start         the same, in the background: returns once the balancer answers
#   local-cluster.sh stop          stops the balancer and the nodes (graceful)
#   local-cluster.sh kill N        kills node N (1 or 2) with SIGKILL, as a power cut would
#   local-cluster.sh start-node N  starts node N again on its own data
#
# State lives in CLUSTER_HOME [var/cluster]: one server base directory per node (data, logs, broker journal), the
# shared directory (discovery, uploads), the balancer's config, and db.env / cluster.env with the generated
# database and broker passwords. The database CLUSTER_DB [switchboard_cluster] is created on first start (PostgreSQL
# and HAProxy are installed with apt when missing, which needs root) and kept afterwards; delete CLUSTER_HOME to
# start afresh. Ports: node N at HTTP 8080 + N*100 + 100 (8280, 8380), management 9990 + the same offset, JGroups 7600
# + offset; the balancer at BALANCER_PORT [8480]. Any SWITCHBOARD_* variable set by the caller reaches both nodes.
set -euo pipefail

main() {
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
SERVER=${SERVER_DIR:-$ROOT/ear/target/server}
HOME_DIR=$(mkdir -p "${CLUSTER_HOME:-$ROOT/var/cluster}" && cd "${CLUSTER_HOME:-$ROOT/var/cluster}" && pwd)
DB=${CLUSTER_DB:-switchboard_cluster}
BALANCER_PORT=${BALANCER_PORT:-8480}
NODES=(1 2)

case "${1:-}" in
    up) trap 'stop_all; exit 0' INT TERM; start_all; echo "== Ctrl+C stops the cluster"; while true; do sleep 3600 & wait $!; done ;;
    start) start_all ;;
    stop) stop_all ;;
    kill) kill_node "${2:?node number}" ;;
    start-node) environment; start_node "${2:?node number}"; await_node "${2}" ;;
    *) echo "usage: local-cluster.sh up|start|stop|kill N|start-node N" >&2; exit 2 ;;
esac
}

log() { echo "== $*"; }
offset() { echo $(( $1 * 100 + 100 )); }
http_port() { echo $(( 8080 + $(offset "$1") )); }
pid_file() { echo "$HOME_DIR/node$1.pid"; }

random_secret() { head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# Database, shared directory and secrets: made once, kept in CLUSTER_HOME.
environment() {
    if [ ! -f "$SERVER/standalone/configuration/standalone-cluster.xml" ]; then
        echo "no provisioned server with standalone-cluster.xml in $SERVER: run mvn install -DskipTests first" >&2
        exit 1
    fi
    . "$ROOT/db-scripts/local-postgresql.sh"
    umask 077 # the generated secrets below are for this user only
    if [ ! -f "$HOME_DIR/db.env" ]; then
        ensure_postgresql
        local password
        password="cluster-$(random_secret)"
        fresh_database "$DB" "$DB" "$password"
        printf 'SWITCHBOARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/%s\nSWITCHBOARD_DB_USER=%s\nSWITCHBOARD_DB_PASSWORD=%s\n' \
            "$DB" "$DB" "$password" > "$HOME_DIR/db.env"
    fi
    if [ ! -f "$HOME_DIR/cluster.env" ]; then
        printf 'SWITCHBOARD_CLUSTER_PASSWORD=%s\n' "$(random_secret)" > "$HOME_DIR/cluster.env"
    fi
    umask 022
    set -a
    . "$HOME_DIR/db.env"
    . "$HOME_DIR/cluster.env"
    set +a
    export SWITCHBOARD_DB=postgresql
    export SWITCHBOARD_CLUSTER_DIR=$HOME_DIR/shared/discovery
    export SWITCHBOARD_CLUSTER_NAME=${SWITCHBOARD_CLUSTER_NAME:-switchboard-local}
    export SWITCHBOARD_UPLOAD_DIR=${SWITCHBOARD_UPLOAD_DIR:-$HOME_DIR/shared/uploads}
    export SWITCHBOARD_PUBLIC_URL=${SWITCHBOARD_PUBLIC_URL:-http://localhost:$BALANCER_PORT}
    mkdir -p "$SWITCHBOARD_CLUSTER_DIR" "$SWITCHBOARD_UPLOAD_DIR"
}

# A node's base directory: configuration and the EAR from the provisioned server (fresh on every start, so a rebuild
# reaches the node), its own data, log and tmp (kept: the broker journal must survive a crash; never shared).
prepare_node() {
    local base=$HOME_DIR/node$1
    mkdir -p "$base/deployments" "$base/data" "$base/log"
    rm -rf "$base/configuration" "$base/deployments"/*
    cp -r "$SERVER/standalone/configuration" "$base/configuration"
    cp "$SERVER/standalone/deployments/switchboard.ear" "$base/deployments/"
}

start_node() {
    local n=$1 pid
    pid=$(pid_file "$n")
    if [ -f "$pid" ] && kill -0 "$(cat "$pid")" 2>/dev/null; then
        log "node$n already runs (pid $(cat "$pid"))"
        return
    fi
    prepare_node "$n"
    log "starting node$n on http://127.0.0.1:$(http_port "$n")"
    # await_node reads only what this start writes
    wc -c < "$HOME_DIR/node$n/log/console.log" 2>/dev/null > "$HOME_DIR/node$n/log/console.offset" || echo 0 > "$HOME_DIR/node$n/log/console.offset"
    LAUNCH_JBOSS_IN_BACKGROUND=true JBOSS_PIDFILE=$pid nohup "$SERVER/bin/standalone.sh" -c standalone-cluster.xml \
        -Djboss.server.base.dir="$HOME_DIR/node$n" -Djboss.node.name="node$n" -Djboss.tx.node.id="node$n" \
        -Djboss.socket.binding.port-offset="$(offset "$n")" -b 127.0.0.1 -bprivate 127.0.0.1 \
        >> "$HOME_DIR/node$n/log/console.log" 2>&1 < /dev/null &
}

# Waits until the node's /health says 200 (the EAR deployed, database and broker reachable).
await_node() {
    local n=$1 url status
    url=http://127.0.0.1:$(http_port "$n")/health
    for _ in $(seq 1 240); do
        if tail -c +$(( $(cat "$HOME_DIR/node$n/log/console.offset" 2>/dev/null || echo 0) + 1 )) \
                "$HOME_DIR/node$n/log/console.log" 2>/dev/null | grep -q "started (with errors)"; then
            echo "node$n started with errors, see $HOME_DIR/node$n/log/server.log" >&2
            return 1
        fi
        status=$(http_status "$url")
        [ "$status" = 200 ] && { log "node$n is up"; return 0; }
        sleep 1
    done
    echo "node$n not healthy after 240 s, see $HOME_DIR/node$n/log/server.log" >&2
    return 1
}

# http_status URL: the status code of a GET, with bash's own /dev/tcp (no curl on a bare machine)
http_status() {
    local hostport=${1#http://} path
    path=/${hostport#*/}
    hostport=${hostport%%/*}
    { exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}"; } 2>/dev/null || { echo 000; return; }
    printf 'GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' "$path" "$hostport" >&3
    local line=
    read -r -t 10 line <&3 || true
    exec 3<&- 3>&-
    echo "${line:-000}" | awk '{print $2}'
}

ensure_haproxy() {
    if ! command -v haproxy >/dev/null 2>&1; then
        log "installing HAProxy (apt)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq haproxy >/dev/null
    fi
}

# HAProxy in front: sessions stick to the node named in WildFly's SRV cookie, and move to a live node when theirs is
# down (redispatch); WebSocket upgrades pass through (tunnel timeout). The client's own X-Forwarded-* headers are
# dropped, so a node trusts only the balancer's.
start_balancer() {
    ensure_haproxy
    local cfg=$HOME_DIR/haproxy.cfg
    {
        printf 'global\n    maxconn 8000\n    log stderr format short local0 warning\n\n'
        printf 'defaults\n    mode http\n    log global\n    timeout connect 2s\n    timeout client 120s\n'
        printf '    timeout server 120s\n    timeout tunnel 1h\n    option redispatch\n    retries 3\n\n'
        printf 'frontend switchboard\n    bind 127.0.0.1:%s\n' "$BALANCER_PORT"
        printf '    http-request del-header X-Forwarded-For\n    http-request del-header X-Forwarded-Host\n'
        printf '    http-request del-header X-Forwarded-Proto\n    http-request del-header X-Forwarded-Port\n'
        printf '    http-request del-header Forwarded\n    option forwardfor\n'
        # only WebSocket (and HTTP/2 cleartext) upgrades reach the nodes, not the brokers' own protocol on their port
        printf '    http-request deny if { req.hdr(upgrade) -m found } !{ req.hdr(upgrade) -i websocket } !{ req.hdr(upgrade) -i h2c }\n'
        printf '    default_backend nodes\n\n'
        printf 'backend nodes\n    balance roundrobin\n    cookie SRV insert preserve nocache httponly\n'
        # a killed node refuses connections at once (redispatch); the check only has to notice a node that is not
        # serving (starting, suspended, its deployment failed): WildFly's own readiness on the management port, which
        # asks no database, so a node busy under load (a slow application /health) stays in service
        printf '    option httpchk GET /health/ready\n    timeout check 5s\n    default-server inter 2s fall 3 rise 2\n'
        for n in "${NODES[@]}"; do
            printf '    server node%s 127.0.0.1:%s check port %s cookie node%s\n' "$n" "$(http_port "$n")" \
                "$(( 9990 + $(offset "$n") ))" "$n"
        done
    } > "$cfg"
    stop_balancer
    haproxy -f "$cfg" -D -p "$HOME_DIR/haproxy.pid"
}

stop_balancer() {
    if [ -f "$HOME_DIR/haproxy.pid" ]; then
        kill "$(cat "$HOME_DIR/haproxy.pid")" 2>/dev/null || true
        rm -f "$HOME_DIR/haproxy.pid"
    fi
}

start_all() {
    environment
    # one after the other: the first node migrates the schema and creates the demo tenant alone
    for n in "${NODES[@]}"; do
        start_node "$n"
        await_node "$n" || { stop_all; exit 1; }
    done
    start_balancer
    local up=
    for _ in $(seq 1 30); do
        [ "$(http_status "http://127.0.0.1:$BALANCER_PORT/health")" = 200 ] && { up=1; break; }
        sleep 1
    done
    [ -n "$up" ] || { echo "the balancer does not answer on port $BALANCER_PORT" >&2; stop_all; exit 1; }
    if grep -q "Demo tenant" "$HOME_DIR/node1/log/console.log" 2>/dev/null; then
        log "demo accounts (shown once, when node1 created them): see $HOME_DIR/node1/log/console.log"
    fi
    log "Switchboard cluster (node1, node2) behind http://localhost:$BALANCER_PORT"
    log "  workbench  http://localhost:$BALANCER_PORT/agent/"
    log "  console    http://localhost:$BALANCER_PORT/admin/"
    log "  nodes      http://127.0.0.1:$(http_port 1)  http://127.0.0.1:$(http_port 2)  (logs: $HOME_DIR/node*/log/server.log)"
}

stop_node() {
    local pid
    pid=$(pid_file "$1")
    [ -f "$pid" ] || return 0
    local p
    p=$(cat "$pid")
    kill "$p" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
    kill -9 "$p" 2>/dev/null || true
    rm -f "$pid"
}

stop_all() {
    stop_balancer
    for n in "${NODES[@]}"; do stop_node "$n"; done
    log "cluster stopped"
}

kill_node() {
    local pid
    pid=$(pid_file "$1")
    [ -f "$pid" ] || { echo "node$1 does not run" >&2; exit 1; }
    kill -9 "$(cat "$pid")"
    rm -f "$pid"
    log "node$1 killed"
}

main "$@"
