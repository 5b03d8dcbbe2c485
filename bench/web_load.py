#!/usr/bin/env python3
"""Load generator for `zhengce serve` on loopback: p50/p95/p99 latency of the document page and of
a check request at moderate load, and requests/s at saturation. Bounded in count and time.

    .venv/bin/python bench/web_load.py                 # builds a library from the shipped corpus
    .venv/bin/python bench/web_load.py --db var/zhengce.sqlite --requests 500 --concurrency 4

The server is a separate process (`python -m zhengce serve`, one uvicorn worker), the client an
httpx AsyncClient with keep-alive; both on 127.0.0.1 of this machine, so they share its cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_library(db: Path) -> None:
    from zhengce.library.ingest import ingest
    from zhengce.library.store import Library
    from zhengce.paths import CORPUS_DIR

    with Library(db) as lib:
        ingest(lib, [CORPUS_DIR])


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


class Conn:
    """A minimal HTTP/1.1 keep-alive client on one connection: the load generator must cost the
    shared CPU far less than the server it measures (httpx costs several ms per request)."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def get(self, path: str) -> tuple[int, int]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nAccept: */*\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length = 0
        for line in lines[1:]:
            if line.lower().startswith("content-length:"):
                length = int(line.split(":", 1)[1])
        body = await self.reader.readexactly(length)
        return status, len(body)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def timed_run(host: str, port: int, path: str, total: int, concurrency: int,
                    budget_s: float) -> tuple[list[float], float, int]:
    """Up to `total` GETs of `path` by `concurrency` connections, stopping after `budget_s`."""
    latencies: list[float] = []
    errors = 0
    issued = 0
    stop_at = time.perf_counter() + budget_s

    async def worker():
        nonlocal issued, errors
        conn = Conn(host, port)
        try:
            while issued < total and time.perf_counter() < stop_at:
                issued += 1
                t = time.perf_counter()
                status, _ = await conn.get(path)
                latencies.append((time.perf_counter() - t) * 1000)
                errors += status != 200
        finally:
            conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - t0, errors


async def main_async(args, host: str, port: int) -> dict:
    base = f"http://{host}:{port}"
    docs = httpx.get(base + "/api/docs", params={"kind": "policy", "status": "final"}).json()["documents"]
    doc = max(docs, key=lambda d: d["articles"] or 0)  # the largest policy: the heaviest page
    targets = {
        "document page": f"/docs/{doc['id']}",
        "check request": "/api/check?entity=enterprise&region=%E6%9D%AD%E5%B7%9E%E5%B8%82%E4%BD%99%E6%9D%AD%E5%8C%BA"
                         "&rec.gaoxin=2025-03-01&fin.revenue_yuan=52000000&date=2025-06-01",
    }
    out = {"document": doc["id"], "articles": doc["articles"], "results": {}}
    for name, path in targets.items():
        await timed_run(host, port, path, 50, 2, 10)  # warm-up
        lat, elapsed, errors = await timed_run(host, port, path, args.requests, args.concurrency, args.max_seconds)
        sat, sat_elapsed, sat_errors = await timed_run(host, port, path, 10**9, args.saturation, args.saturation_seconds)
        out["results"][name] = {
            "path": path,
            "moderate": {"concurrency": args.concurrency, "requests": len(lat), "errors": errors,
                         "p50_ms": round(statistics.median(lat), 2), "p95_ms": round(percentile(lat, 95), 2),
                         "p99_ms": round(percentile(lat, 99), 2), "rps": round(len(lat) / elapsed, 1)},
            "saturation": {"concurrency": args.saturation, "seconds": round(sat_elapsed, 1), "requests": len(sat),
                           "errors": sat_errors, "rps": round(len(sat) / sat_elapsed, 1),
                           "p95_ms": round(percentile(sat, 95), 2)},
        }
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="library database (default: build one from the shipped corpus in a temp dir)")
    ap.add_argument("--requests", type=int, default=400, help="requests per target at moderate load")
    ap.add_argument("--concurrency", type=int, default=2, help="concurrent clients at moderate load")
    ap.add_argument("--saturation", type=int, default=32, help="concurrent clients at saturation")
    ap.add_argument("--saturation-seconds", type=float, default=8.0)
    ap.add_argument("--max-seconds", type=float, default=30.0, help="time cap per moderate run")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="zhengce-bench-"))
    db = Path(args.db) if args.db else tmp / "library.sqlite"
    if not args.db:
        build_library(db)
    port = free_port()
    env = {**os.environ, "ZHENGCE_HOME": str(tmp), "ZHENGCE_ANXINBAO_DB": str(tmp / "anxinbao.sqlite")}
    server = subprocess.Popen([sys.executable, "-m", "zhengce", "serve", "--host", "127.0.0.1", "--port", str(port),
                               "--db", str(db), "--no-demo", "--log-level", "warning"], env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(base + "/api", timeout=2)
                break
            except httpx.TransportError:
                if server.poll() is not None or time.monotonic() > deadline:
                    print("bench: the server did not start", file=sys.stderr)
                    return 1
                time.sleep(0.2)
        out = asyncio.run(main_async(args, "127.0.0.1", port))
    finally:
        server.terminate()
        server.wait(timeout=10)
    out["machine"] = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(f"document: {out['document']} ({out['articles']} articles); server: 1 uvicorn worker; "
              f"client: asyncio keep-alive connections on the same {out['machine']['cpus']} cores")
        for name, r in out["results"].items():
            m, s = r["moderate"], r["saturation"]
            print(f"{name:14s} moderate c={m['concurrency']} n={m['requests']}: p50 {m['p50_ms']} ms, p95 {m['p95_ms']} ms, "
                  f"p99 {m['p99_ms']} ms, {m['rps']} req/s, errors {m['errors']}")
            print(f"{'':14s} saturation c={s['concurrency']} {s['seconds']} s: {s['rps']} req/s, p95 {s['p95_ms']} ms "
                  f"({s['requests']} requests, errors {s['errors']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
