"""CLI input fuzz: whatever bytes or JSON reach `zhengce parse`, `check` and `batch`, the answer is a result
or one Chinese (or clearly worded) line on stderr with exit code 2 — never an internal error or a traceback."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhengce.cli import main

SETTINGS = settings(max_examples=int(os.environ.get("ZHENGCE_FUZZ_EXAMPLES", 25)), deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def run(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    assert code in (0, 1, 2, 3), (code, out.err[-500:])
    assert "内部错误" not in out.err and "Traceback" not in out.err, out.err[-500:]
    if code == 2:
        assert out.err.startswith("zhengce: 错误：") and out.err.count("\n") == 1, out.err
    return code, out.err


json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=True),
                      st.text(max_size=20), st.sampled_from(["1e7", "300万", "杭州市余杭区", "2025-03-01", "-1", "1.005"]))
json_value = st.recursive(json_leaf, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                             st.dictionaries(st.text(max_size=12), kids, max_size=4)),
                          max_leaves=20)
profile_keys = st.sampled_from(["entity", "region", "industry", "financials", "recognitions", "events", "purchases",
                                "employees", "above_scale", "name", "id"])
profile_like = st.dictionaries(profile_keys, json_value, max_size=6)


@SETTINGS
@given(st.one_of(json_value, profile_like))
def test_check_any_json(tmp_path, capsys, value):
    p = tmp_path / "p.json"
    p.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    run(capsys, "check", str(p), "--date", "2025-06-30")


@SETTINGS
@given(st.binary(max_size=300))
def test_check_any_bytes(tmp_path, capsys, data):
    p = tmp_path / "b.json"
    p.write_bytes(data)
    run(capsys, "check", str(p))


def test_check_named_inputs(tmp_path, capsys):
    cases = {"list.json": b"[1, 2]", "null.json": b"null", "str.json": b'"x"', "bom.json": '\ufeff{"region": "杭州市余杭区"}'.encode(),
             "gbk.json": '{"region": "杭州市余杭区"}'.encode("gbk"), "bin.json": b"\x00\x01\x02PK",
             "deep.json": b"[" * 100000, "float.json": b'{"region": "\xe6\x9d\xad\xe5\xb7\x9e\xe5\xb8\x82\xe4\xbd\x99\xe6\x9d\xad\xe5\x8c\xba", "financials": {"revenue_yuan": 1e7}}'}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    assert run(capsys, "check", str(tmp_path / "bom.json"), "--date", "2025-06-30")[0] == 0
    for name, fragment in [("list.json", "数组"), ("null.json", "null"), ("str.json", "字符串"), ("gbk.json", "UTF-8"),
                           ("bin.json", "不是文本"), ("deep.json", "嵌套过深"), ("float.json", "浮点数")]:
        code, err = run(capsys, "check", str(tmp_path / name))
        assert code == 2 and fragment in err, (name, err)
    code, err = run(capsys, "check", str(tmp_path))
    assert code == 2 and "文件夹" in err


cell = st.one_of(st.text(max_size=12), st.sampled_from(["杭州市余杭区", "1e7", "=1+1", "", "true", "2025-02-30", "-5"]))


@SETTINGS
@given(st.lists(st.sampled_from(["id", "region", "fin.revenue_yuan", "rec.gaoxin", "industry", "bogus", ""]),
                min_size=1, max_size=4),
       st.lists(st.lists(cell, max_size=6), max_size=5), st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_batch_any_csv(tmp_path, capsys, header, rows, encoding):
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    try:
        data = buf.getvalue().encode(encoding)
    except UnicodeEncodeError:
        return
    p = tmp_path / "r.csv"
    p.write_bytes(data)
    run(capsys, "batch", str(p), "--out", str(tmp_path / "out.csv"), "--date", "2025-06-30")


@SETTINGS
@given(st.binary(max_size=400), st.sampled_from([".csv", ".xlsx", ".parquet"]))
def test_batch_any_bytes(tmp_path, capsys, data, suffix):
    p = tmp_path / f"r{suffix}"
    p.write_bytes(data)
    run(capsys, "batch", str(p), "--out", str(tmp_path / "out.csv"))


@SETTINGS
@given(st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: t.encode("utf-8"))),
       st.sampled_from([".txt", ".html", ".docx", ".pdf"]))
def test_parse_any_bytes(tmp_path, capsys, data, suffix):
    p = tmp_path / f"d{suffix}"
    p.write_bytes(data)
    run(capsys, "parse", str(p), "--no-provisions")


def test_batch_named_inputs(tmp_path, capsys):
    code, err = run(capsys, "batch", str(tmp_path), "--out", str(tmp_path / "o.csv"))
    assert code == 2 and "文件夹" in err
    p = tmp_path / "g.csv"
    p.write_bytes("id,region,fin.revenue_yuan\nA,杭州市余杭区,100\nB,杭州市余杭区,5,extra\nC,杭州市余杭区,abc\n".encode("gbk"))
    code, _ = run(capsys, "batch", str(p), "--out", str(tmp_path / "o.csv"), "--json")


scenario_event = st.fixed_dictionaries({}, optional={
    "actor": st.one_of(st.sampled_from(["enterprise:E1", "platform:PF1", "bureau:B1", "operator:OP1", "x", ""]),
                       json_value),
    "op": st.one_of(st.sampled_from(["apply", "pay_deposit", "release", "forfeit", "top_up_pool", "nope"]), json_value),
    "args": st.one_of(st.dictionaries(st.sampled_from(["project", "amount", "milestone", "budget", "milestones"]),
                                      json_value, max_size=3), json_value),
    "at": st.one_of(st.sampled_from(["2025-04-01", "2019-01-01", "2030-01-01", "not a date", "2025-02-30"]), json_value),
    "id": json_value, "expect": json_value})


@SETTINGS
@given(st.one_of(st.binary(max_size=300),
                 st.fixed_dictionaries({"events": st.lists(st.one_of(scenario_event, json_value), max_size=6)},
                                       optional={"parameters": json_value, "start": json_value,
                                                 "expect": json_value}).map(
                     lambda d: json.dumps(d, ensure_ascii=False).encode("utf-8")),
                 json_value.map(lambda v: json.dumps(v).encode())),
       st.sampled_from([".yaml", ".json"]))
def test_replay_any_scenario(tmp_path, capsys, data, suffix):
    p = tmp_path / f"s{suffix}"
    p.write_bytes(data)
    run(capsys, "anxinbao", "replay", str(p))
