"""Replaying a selection scenario (`zhengce calls replay SCENARIO.yaml`), like `zhengce anxinbao replay`.

    name: 数字化转型样本企业选树
    call: hangzhou-2025-szh-sample
    start: 2025-06-01
    events:                                  # as in anxinbao: actor, op, at, id, args, expect
      - {actor: "finance:市财政局", op: fund, args: {amount: 200万}}
    expect:
      selected: {auto_parts: [A01, …]}        # per group, in rank order
      ranks: {A03: 3}                         # application → rank in its group
      combined: {A01: "88.00"}                # application → combined score (two places)
      paid: [A01, …]                          # awards paid
      balances: {fund: "400000.00"}           # account → yuan
      refused: [ids or indices]
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from zhengce.errors import InputError
from zhengce.programs.core.money import parse_yuan, yuan
from zhengce.programs.core.scenario import check_refused, replay_report
from zhengce.programs.core.scenario import load_scenario as _load
from zhengce.terminal import shown

from .selection import SelectionProgram


def load_scenario(path) -> dict:
    """The scenario file, or a one-line Chinese error (unreadable, not YAML/JSON, no events, no call)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"场景文件 {path} 不存在")
    try:
        data = _load(p)
    except InputError as exc:
        raise InputError(f"场景文件 {path} 无法读取: 应为含 events 列表的 YAML/JSON ({exc.message})") from None
    if not data.get("call"):
        raise InputError(f"场景文件 {path} 需要 call: (申报通知编号)")
    return data


def replay(scenario: dict, *, db: str | None = None) -> dict:
    if not scenario.get("call"):
        raise InputError("场景需要 call: (申报通知编号)")
    tmp = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="calls-replay-")
        db = str(Path(tmp.name) / "replay.sqlite")
    prog = SelectionProgram.open(db)
    try:
        at = scenario.get("start")
        prog.init(call=str(scenario["call"]), mode="replay", at=at)
        return replay_report(prog, scenario, at, check_expectations)
    finally:
        prog.close()
        if tmp is not None:
            tmp.cleanup()


def check_expectations(expect: dict, result: dict) -> list[dict]:
    problems = []
    groups = (result.get("results") or {}).get("groups", {})
    for group, want in (expect.get("selected") or {}).items():
        got = [r["application"] for r in groups.get(group, []) if r["selected"]]
        if got != list(want):
            problems.append({"check": f"selected {group}", "expected": want, "got": got})
    rows = {r["application"]: r for rs in groups.values() for r in rs}
    for app, rank in (expect.get("ranks") or {}).items():
        if rows.get(app, {}).get("rank") != rank:
            problems.append({"check": f"rank {app}", "expected": rank, "got": rows.get(app, {}).get("rank")})
    for app, score in (expect.get("combined") or {}).items():
        if rows.get(app, {}).get("combined") != str(score):
            problems.append({"check": f"combined {app}", "expected": str(score), "got": rows.get(app, {}).get("combined")})
    if "paid" in expect:
        got = sorted(a for a, w in result["awards"].items() if w["state"] == "paid")
        if got != sorted(expect["paid"]):
            problems.append({"check": "paid", "expected": sorted(expect["paid"]), "got": got})
    for acct, amount in (expect.get("balances") or {}).items():
        want = yuan(parse_yuan(amount, what=f"expected balance of {acct}"))
        if result["balances"].get(acct, "0.00") != want:
            problems.append({"check": f"balance {acct}", "expected": want, "got": result["balances"].get(acct)})
    problems += check_refused(expect, result)
    if not result["verify"]["ok"]:
        problems.append({"check": "verify", "problems": result["verify"]["problems"]})
    return problems


def format_result(result: dict) -> str:
    """The replay as text. Names, ids, actors and messages come from the scenario file: each is shown
    escaped (zhengce.terminal.shown), so that a control character, a terminal escape or a bidi override in
    one cannot break its line or act on the terminal, whatever stream the text is printed to."""
    lines = [f"场景: {shown(result['scenario'])} ({shown(result['call'])})"]
    res = result.get("results") or {}
    for group, rows in (res.get("groups") or {}).items():
        lines.append(f"  {shown(group)}:")
        for r in rows:
            mark = "入选" if r["selected"] else ("达线" if r["passed_threshold"] else "未达70分")
            state = result["applications"][r["application"]]["state"]
            lines.append(f"    {r['rank']}. {shown(r['application'])} 综合 {r['combined']} "
                         f"(路演 {r['stage_scores'].get('roadshow')}, 实地 {r['stage_scores'].get('site_visit')}) "
                         f"{mark} → {shown(state)}")
    if result.get("publicity"):
        p = result["publicity"]
        lines.append(f"公示: {p['start']} 至 {p['end']} ({p['working_days']}个工作日)")
    paid = [shown(a) for a, w in result["awards"].items() if w["state"] == "paid"]
    lines.append(f"拨付: {len(paid)} 家 {', '.join(paid)}")
    lines.append("余额: " + ", ".join(f"{shown(a)} {b}" for a, b in result["balances"].items()))
    lines.append(f"事件 {result['events']}, 执行 {result['applied']}, 拒绝 {len(result['refused'])}")
    for r in result["refused"]:
        lines.append(f"  拒绝 #{r['index']} {shown(r.get('op'))} ({shown(r.get('actor'))}): "
                     f"[{shown(r['error']['code'])}] {shown(r['error']['message'])}")
    problems = "; ".join(f"[{shown(p['code'])}] {shown(p['message'])}" for p in result["verify"]["problems"])
    lines.append("verify: " + ("ok" if result["verify"]["ok"] else problems))
    for u in result["unexpected"]:
        lines.append(f"  UNEXPECTED: {shown(u)}")
    return "\n".join(lines)
