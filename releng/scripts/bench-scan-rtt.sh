#!/bin/sh
# `auditbench bench scan` on a network with a round-trip time (issue 11): the peers and the scan run in
# a network namespace of their own (loopback only: nothing can leave it) whose loopback delays every
# packet by half the round-trip time (tc netem), and, to compare, in a second namespace without delay.
# The findings of both runs must be identical; the delayed run prints its critical path in round trips.
# As root: releng/scripts/bench-scan-rtt.sh [N [RTT_MS]]   (N = 10000 domains, RTT_MS = 50)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-10000}
rtt=${2:-50}
work=$(mktemp -d)
plain="auditbench-bench-$$-plain"
delayed="auditbench-bench-$$-rtt"
cleanup() {
    ip netns del "$plain" 2>/dev/null || true
    ip netns del "$delayed" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM
for ns in "$plain" "$delayed"; do
    ip netns add "$ns"
    ip netns exec "$ns" ip link set lo up
done
# each direction crosses loopback once: half the round trip per packet
if ! ip netns exec "$delayed" tc qdisc add dev lo root netem delay "$((rtt / 2))ms" 2>"$work/tc.txt"; then
    echo "bench-scan-rtt: this kernel cannot delay packets (tc netem: $(cat "$work/tc.txt"));" \
        "it needs the sch_netem module (CONFIG_NET_SCH_NETEM)" >&2
    exit 2
fi
echo "bench-scan-rtt: $count domains without delay ..." >&2
ip netns exec "$plain" "$root/auditbench" bench scan "$count" 0 --results "$work/plain.txt"
echo "bench-scan-rtt: $count domains at $rtt ms round-trip time ..." >&2
ip netns exec "$delayed" "$root/auditbench" bench scan "$count" 0 --rtt "$rtt" --results "$work/delayed.txt"
if cmp -s "$work/plain.txt" "$work/delayed.txt"; then
    echo "bench-scan-rtt: the findings with and without delay are identical ($(wc -l <"$work/plain.txt") lines)"
else
    echo "bench-scan-rtt: the findings differ (without delay <, with delay >):" >&2
    diff "$work/plain.txt" "$work/delayed.txt" | head -n 40 >&2
    exit 1
fi
