# Sourced by .ci/run and loadtest/run.sh: a PostgreSQL server on loopback for tests and load runs.
# Needs root (apt, pg_ctlcluster, runuser) the first time on a fresh Debian machine.

# Installs PostgreSQL with apt when missing, creates the default cluster and starts it.
ensure_postgresql() {
    if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        echo "== installing PostgreSQL (apt)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq postgresql >/dev/null
    fi
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
        pg_createcluster "$version" main >/dev/null
    fi
    if ! pg_lsclusters -h | grep -q "^$version *main .*online"; then
        echo "== starting PostgreSQL $version"
        pg_ctlcluster "$version" main start
    fi
    for _ in $(seq 1 30); do
        pg_isready -h 127.0.0.1 -q && break
        sleep 1
    done
}

# fresh_database NAME USER PASSWORD: drops and recreates the database and its owner.
fresh_database() {
    echo "== fresh database $1"
    runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<SQL
DROP DATABASE IF EXISTS $1;
DROP ROLE IF EXISTS $2;
CREATE ROLE $2 LOGIN PASSWORD '$3';
CREATE DATABASE $1 OWNER $2;
SQL
}
