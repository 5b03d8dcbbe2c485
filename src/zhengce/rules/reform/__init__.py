"""Reforms: what a measure costs and what changes if its parameters change (docs/reforms.md).

    load_reform(path) -> Reform                 the YAML file, validated (Chinese errors)
    apply_reform(reform) -> Applied             baseline and reformed rulebooks, and the diff
    simulate_registry(registry, applied, …)     both over one registry read once → Simulation
    summary(sim) -> dict                        totals, groups, movers, budgets, funds (exact fen)
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from zhengce.rules.reform.apply import Applied, apply_reform
from zhengce.rules.reform.report import summary, tables, text
from zhengce.rules.reform.simulate import Simulation, run
from zhengce.rules.reform.spec import Reform, load_reform, parse_reform


EXCEL_ROWS = 1_048_576


def simulate_registry(registry: str | Path, applied: Applied, date: dt.date | None = None,
                      out: str | Path | None = None, numbering=None) -> tuple[Simulation, dict]:
    """Read the registry once (validated like `zhengce batch`), run baseline and reform, write OUT."""
    from zhengce.errors import InputError
    from zhengce.rules.batch import read_columns, write_outputs
    date = date or applied.reform.date or dt.date.today()
    if out is not None and Path(out).suffix.lower() not in (".parquet", ".xlsx"):
        raise InputError(f"--out {out}: 只支持 .parquet 或 .xlsx")
    t0 = time.perf_counter()
    cols, rows, ids, errors, total_rows = read_columns(Path(registry), numbering)
    t1 = time.perf_counter()
    sim = run(applied, cols, rows, ids, date)
    sim.errors, sim.total_rows = errors, total_rows
    t2 = time.perf_counter()
    result = summary(sim)
    sim.seconds["summary"] = round(time.perf_counter() - t2, 3)
    t2 = time.perf_counter()
    if out is not None:
        if Path(out).suffix.lower() == ".xlsx" and cols.n >= EXCEL_ROWS:
            raise InputError(f"--out {out}: Excel 每个工作表最多 {EXCEL_ROWS} 行, 名册有 {cols.n} 行; 请用 .parquet")
        write_outputs(Path(out), tables(sim, result))
    sim.seconds.update({"read_validate": round(t1 - t0, 3), "write": round(time.perf_counter() - t2, 3),
                        "total": round(time.perf_counter() - t0, 3)})
    result["seconds"] = sim.seconds
    return sim, result


__all__ = ["Applied", "Reform", "Simulation", "apply_reform", "load_reform", "parse_reform", "simulate_registry",
           "summary", "tables", "text"]
