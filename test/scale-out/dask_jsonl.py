"""Scale-out proof: the command-line tool as the map step of a distributed job, on Dask distributed.

A JSONL corpus made from the press releases in fixtures/ is cut into partitions at line ends (as
a distributed file system cuts its input), each partition is piped through
`arabic-normalize --jsonl --quiet` on one of two worker processes of a Dask cluster (a scheduler
and two workers, on 127.0.0.1 only), and the outputs, joined in partition order, must be byte for
byte what one local run of the tool gives on the whole corpus. This is the pattern of the Hadoop
Streaming and Spark `RDD.pipe` recipes in docs/guides/scale-out.md.

Run after `npm run build`, with Debian's python3-distributed:
    /usr/bin/python3 test/scale-out/dask_jsonl.py
"""

import json
import os
import random
import shutil
import subprocess
import sys
import time

import dask.bag as db
from distributed import Client, LocalCluster

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CLI = os.path.join(ROOT, "dist", "cli.js")
NODE = shutil.which("node")
COMMAND = [NODE, CLI, "--jsonl", "--quiet", "--field", "text", "--field", "meta.title"]


def corpus() -> bytes:
    """About 3,000 JSONL records from the fixtures' paragraphs, with the edge cases a crawl has."""
    fixtures = os.path.join(ROOT, "fixtures")
    paragraphs = []
    for name in sorted(os.listdir(fixtures)):
        if name.endswith(".txt"):
            with open(os.path.join(fixtures, name), encoding="utf-8") as f:
                lines = [line for line in f.read().split("\n") if line.strip()]
            paragraphs += [(name, lines[0], line) for line in lines]
    rng = random.Random(19)
    out = []
    for i in range(3000):
        source, title, text = paragraphs[i % len(paragraphs)]
        record = {"id": 10**17 + i, "source": source, "meta": {"title": title}, "text": text}
        line = json.dumps(record, ensure_ascii=rng.random() < 0.3)
        roll = rng.random()
        if roll < 0.01:
            out.append("not a JSON record: " + text)  # passed through unchanged
        elif roll < 0.02:
            out.append("")  # a blank line is kept
        out.append(line + ("\r" if roll > 0.98 else ""))  # a few CRLF line ends
    return ("\n".join(out) + "\n").encode("utf-8")


def partitions(data: bytes, count: int) -> list:
    """`data` cut into `count` pieces of uneven size, each ending at a line end."""
    rng = random.Random(7)
    cuts = sorted(rng.sample(range(1, len(data)), count - 1))
    pieces, start = [], 0
    for cut in cuts + [len(data)]:
        end = data.find(b"\n", cut - 1) + 1 if cut < len(data) else len(data)
        if end <= start:
            continue
        pieces.append(data[start:end])
        start = end
    if start < len(data):
        pieces.append(data[start:])
    assert b"".join(pieces) == data
    return pieces


def pipe(piece: bytes) -> bytes:
    """The map step: one partition through the tool, on a worker (standard input to output)."""
    result = subprocess.run(COMMAND, input=piece, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if result.returncode != 0:
        raise RuntimeError(f"arabic-normalize exited {result.returncode}: {result.stderr!r}")
    return result.stdout


def main() -> int:
    if NODE is None or not os.path.exists(CLI):
        print("needs node on PATH and dist/cli.js (npm run build)", file=sys.stderr)
        return 2
    data = corpus()
    local = pipe(data)

    started = time.monotonic()
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        protocol="tcp",
    ) as cluster, Client(cluster) as client:
        workers = client.scheduler_info()["workers"]
        pieces = partitions(data, 12)
        bag = db.from_sequence(pieces, npartitions=len(pieces)).map(pipe)
        outputs = bag.compute()
        hosts = sorted({w["host"] for w in workers.values()})
        elapsed = time.monotonic() - started

    distributed = b"".join(outputs)
    lines_in, lines_out = data.count(b"\n"), distributed.count(b"\n")
    print(
        f"{len(data):,} bytes, {lines_in:,} lines, {len(pieces)} partitions on "
        f"{len(workers)} Dask workers ({', '.join(hosts)}) in {elapsed:.1f} s"
    )
    ok = distributed == local and lines_out == lines_in and local != data
    print(
        "byte-identical to one local run: " + ("yes" if distributed == local else "NO")
        + f"; {lines_out:,} lines out; records changed: {'yes' if local != data else 'NO'}"
    )
    return 0 if ok and len(workers) == 2 else 1


if __name__ == "__main__":
    sys.exit(main())
