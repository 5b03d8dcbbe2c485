"""What a user waits for: the whole `zhengce batch` CLI path against a numpy floor, as subprocesses.

    .venv/bin/python bench/batch_path.py [--sizes 1000000 3500000] [--repeat 3] [--spark-size 1000000]
                                         [--data /tmp/zhengce-bench] [--json]

For each size, a generated registry Parquet (registry_data.py; cached in --data) is run through
  * `python -m zhengce batch REG.parquet --out OUT.parquet --date D` (read, validate, evaluate,
    write profiles + entitlements + per-rule totals), and
  * `bench/batch_numpy_floor.py REG.parquet OUT.parquet --date D` (pyarrow read, numpy totals, write),
each --repeat times, alternating; the best wall time and the peak RSS of each process (os.wait4's
ru_maxrss of that very child) are reported with their ratios, and the per-profile totals of both
are checked to agree to the fen. With --spark-size, `--engine spark --master local[2]` is timed
against the embedded engine on that size (Spark's peak is the driver's only: the JVM and Python
workers are other processes).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def timed(cmd: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (MB) and stdout of one child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "ZHENGCE_HOME": os.environ.get("ZHENGCE_HOME", tempfile.mkdtemp())}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:  # files: no pipe can fill up
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak RSS
        seconds = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        out, err = out.read().decode(), err.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err[-2000:]}")
    return seconds, usage.ru_maxrss // 1024, out


def registry(data: Path, n: int) -> Path:
    path = data / f"registry-{n}.parquet"
    if not path.exists():
        print(f"generating {n:,} rows -> {path} (not timed)", flush=True)
        subprocess.run([sys.executable, str(HERE / "registry_data.py"), str(path), "--n", str(n)], check=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 3_500_000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--spark-size", type=int, default=1_000_000, help="0 = no Spark run")
    ap.add_argument("--date", default="2025-06-30")
    ap.add_argument("--data", default=str(Path(tempfile.gettempdir()) / "zhengce-bench"))
    ap.add_argument("--chunk-rows", type=int, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    data = Path(args.data)
    data.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    report = []
    for n in args.sizes:
        reg = registry(data, n)
        out_cli, out_np = data / f"out-cli-{n}.parquet", data / f"out-numpy-{n}.parquet"
        cli = [py, "-m", "zhengce", "batch", str(reg), "--out", str(out_cli), "--date", args.date]
        if args.chunk_rows:
            cli += ["--chunk-rows", str(args.chunk_rows)]
        floor = [py, str(HERE / "batch_numpy_floor.py"), str(reg), str(out_np), "--date", args.date]
        runs = {"cli": [], "numpy": []}
        for _ in range(args.repeat):
            runs["cli"].append(timed(cli)[:2])
            runs["numpy"].append(timed(floor)[:2])
        a = pq.read_table(out_cli, columns=["row", "total_fen"])
        b = pq.read_table(out_np, columns=["row", "total_fen"])
        agree = a.column("row").equals(b.column("row")) and a.column("total_fen").equals(b.column("total_fen"))
        row = {"rows": n, "cli_s": min(s for s, _ in runs["cli"]), "numpy_s": min(s for s, _ in runs["numpy"]),
               "cli_peak_mb": min(m for _, m in runs["cli"]), "numpy_peak_mb": min(m for _, m in runs["numpy"]),
               "cli_runs": runs["cli"], "numpy_runs": runs["numpy"], "totals_agree": agree}
        row["time_ratio"] = round(row["cli_s"] / row["numpy_s"], 2)
        row["memory_ratio"] = round(row["cli_peak_mb"] / row["numpy_peak_mb"], 2)
        report.append(row)
        print(f"{n:>10,} rows  zhengce batch {row['cli_s']:6.2f} s {row['cli_peak_mb']:6,} MB | numpy floor "
              f"{row['numpy_s']:6.2f} s {row['numpy_peak_mb']:6,} MB | ratio time {row['time_ratio']}×, "
              f"memory {row['memory_ratio']}× | totals agree: {agree}", flush=True)
        if not agree:
            raise SystemExit("zhengce batch and the numpy floor disagree")
    if args.spark_size:
        reg = registry(data, args.spark_size)
        out = data / f"out-spark-{args.spark_size}.parquet"
        spark = [py, "-m", "zhengce", "batch", str(reg), "--out", str(out), "--date", args.date,
                 "--engine", "spark", "--master", "local[2]"]
        embedded = [py, "-m", "zhengce", "batch", str(reg), "--out", str(data / "out-emb.parquet"),
                    "--date", args.date]
        s_runs = [timed(spark)[:2] for _ in range(min(args.repeat, 2))]
        e_runs = [timed(embedded)[:2] for _ in range(args.repeat)]
        a = pq.read_table(out, columns=["row", "total_fen"]).sort_by("row")
        b = pq.read_table(data / "out-emb.parquet", columns=["row", "total_fen"])
        agree = a.column("total_fen").equals(b.column("total_fen"))
        row = {"rows": args.spark_size, "spark_s": min(s for s, _ in s_runs),
               "spark_driver_peak_mb": min(m for _, m in s_runs), "embedded_s": min(s for s, _ in e_runs),
               "embedded_peak_mb": min(m for _, m in e_runs), "totals_agree": agree}
        row["time_ratio"] = round(row["spark_s"] / row["embedded_s"], 2)
        report.append(row)
        print(f"{args.spark_size:>10,} rows  spark local[2] {row['spark_s']:6.2f} s (driver {row['spark_driver_peak_mb']:,} MB)"
              f" | embedded {row['embedded_s']:6.2f} s {row['embedded_peak_mb']:,} MB | ratio {row['time_ratio']}× "
              f"| totals agree: {agree}", flush=True)
    if args.json:
        print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
