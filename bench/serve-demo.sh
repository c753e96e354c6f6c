# Sourced by the HTTP benchmarks: builds the platform, prints the machine, and starts
# `phasezero serve --demo` on $PORT with a fresh H2 data directory ($DATA), waiting until the demo
# accounts exist. The server is stopped and the directory removed when the benchmark exits.
# A benchmark may prepare $DATA itself first (PZ_DATA); the heap is PZ_SERVER_XMX (default 1g).
DATA=${PZ_DATA:-$(mktemp -d /tmp/phasezero-bench.XXXXXX)}
export PHASEZERO_DEMO_PASSWORD=benchmark-password-1
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT

[ -n "${PZ_BUILT:-}" ] || ./mvnw -B -q -ntp -DskipTests package
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg)"

java -Xmx"${PZ_SERVER_XMX:-1g}" -jar app/target/phasezero.jar serve --demo --port "$PORT" --data-dir "$DATA" > "$DATA/serve.log" 2>&1 &
SERVER=$!
# The demo accounts are made once the server is up: wait for the line printed after them.
for _ in $(seq 1 1800); do
  grep -q "Press Ctrl+C" "$DATA/serve.log" && curl -sf -o /dev/null "http://127.0.0.1:$PORT/login" && break
  kill -0 $SERVER 2>/dev/null || { cat "$DATA/serve.log" >&2; exit 1; }
  sleep 0.1
done
echo "server up (H2 in $DATA); load: $(cut -d' ' -f1-3 /proc/loadavg)"
