#!/usr/bin/python3
"""`sanbao batch` on a real distributed engine: Dask distributed, two workers on this machine.

`sanbao batch` is a streaming filter (JSON Lines in and out, order kept, bounded memory), the
contract of Hadoop Streaming, Spark's RDD.pipe and Dask. This script proves it on Dask:

1. writes (once) a JSON Lines file of COUNT claims (default 100,000; a few lines in every
   thousand deliberately bad) with test/bench/batch-input.ts;
2. starts a LocalCluster of two worker processes (one thread each) and a client;
3. reads the file as a Dask bag split into partitions of whole lines, counts each partition's
   lines, and pipes each partition through `node CLI batch --compact --first-line N` on the
   workers (N: the partition's first line in the whole file, so error lines number as in one run);
4. merges the partitions' outputs in order and checks they are byte for byte the output of one
   local run of `node CLI batch --compact` on the whole file, with one output line per input line.

    /usr/bin/python3 test/scale/dask-batch.py [--cli dist/cli.js] [--count 100000] [--partitions 8]

Needs the system package python3-distributed (Debian/Ubuntu: apt-get install -y python3-distributed),
which brings dask and distributed; run with /usr/bin/python3. Exits 0 when the outputs agree.
"""

import argparse
import hashlib
import os
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def pipe_partition(lines, cli, first_line):
    """One partition through `sanbao batch --compact`: its lines in, its answers out (bytes)."""
    data = "".join(lines).encode("utf-8")
    run = subprocess.run(
        ["node", cli, "batch", "--compact", "--quiet", "--jobs", "1", "--first-line", str(first_line)],
        input=data,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    # 0: every line decided; 1: some line was not a valid claim (answered in its place).
    if run.returncode not in (0, 1) or run.stderr:
        raise RuntimeError("sanbao batch failed (%d): %s" % (run.returncode, run.stderr.decode("utf-8", "replace")[:2000]))
    return [run.stdout]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", default=os.path.join(ROOT, "dist", "cli.js"))
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--partitions", type=int, default=8)
    args = parser.parse_args()
    if args.count < 100_000:
        print("note: fewer than 100,000 claims; the scale check asks for at least that", file=sys.stderr)
    cli = os.path.abspath(args.cli)
    if not os.path.exists(cli):
        sys.exit("no built CLI at %s: run npm run build first" % cli)

    import dask.bag as db
    from distributed import Client, LocalCluster

    os.makedirs(os.path.join(ROOT, ".tmp"), exist_ok=True)
    claims = os.path.join(ROOT, ".tmp", "scale-%d.jsonl" % args.count)
    if not os.path.exists(claims):
        subprocess.run(["node", "--import", "tsx", os.path.join(ROOT, "test", "bench", "batch-input.ts"), claims, str(args.count)], cwd=ROOT, check=True)
    size = os.path.getsize(claims)

    started = time.monotonic()
    local = subprocess.run(["node", cli, "batch", "--compact", "--quiet", claims], stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if local.returncode not in (0, 1) or local.stderr:
        sys.exit("local run failed (%d): %s" % (local.returncode, local.stderr.decode("utf-8", "replace")))
    local_seconds = time.monotonic() - started

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    try:
        workers = len(client.scheduler_info()["workers"])
        if workers != 2:
            sys.exit("expected 2 Dask workers, got %d" % workers)
        started = time.monotonic()
        # Partitions of whole lines, each line with its "\n" (Dask splits the file at line ends).
        bag = db.read_text(claims, blocksize=max(1, size // args.partitions + 1), encoding="utf-8")
        counts = bag.map_partitions(lambda lines: [sum(1 for _ in lines)]).compute()
        firsts = [1 + sum(counts[:index]) for index in range(len(counts))]
        parts = bag.to_delayed()
        import dask

        outputs = dask.compute(*[dask.delayed(pipe_partition)(part, cli, first) for part, first in zip(parts, firsts)])
        merged = b"".join(chunk for output in outputs for chunk in output)
        dask_seconds = time.monotonic() - started
    finally:
        client.close()
        cluster.close()

    lines_in = sum(counts)
    lines_out = merged.count(b"\n")
    same = merged == local.stdout
    print(
        "dask: %d claims (%.0f MB) in %d partitions on %d workers: %d lines out, %.1f s (one local run: %.1f s)\n"
        "      merged sha256 %s\n"
        "      local  sha256 %s\n"
        "      %s"
        % (
            lines_in,
            size / 1e6,
            len(counts),
            workers,
            lines_out,
            dask_seconds,
            local_seconds,
            hashlib.sha256(merged).hexdigest(),
            hashlib.sha256(local.stdout).hexdigest(),
            "byte-identical" if same else "DIFFERENT",
        )
    )
    if lines_in != args.count or lines_out != lines_in or not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
