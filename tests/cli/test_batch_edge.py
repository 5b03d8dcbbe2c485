"""`zhengce batch` at the edge: Excel's encodings, ragged rows, every error of a row by spreadsheet row number."""

from __future__ import annotations

import json

import pytest

from zhengce.cli import main

CSV = ("id,region,fin.revenue_yuan,fin.rd_spend_yuan\n"
       "A1,杭州市余杭区,1000000,5\n"
       "\n"
       "A2,火星,1e7,abc\n"
       "A3,杭州市余杭区,1,2,3\n"
       "A4,杭州市余杭区\n")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_batch_reads_excel_encodings_and_goes_past_bad_rows(tmp_path, capsys, encoding):
    p = tmp_path / "r.csv"
    p.write_bytes(CSV.encode(encoding))
    assert main(["batch", str(p), "--out", str(tmp_path / "o.csv"), "--date", "2025-06-30", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    errors = {e["row"]: e["error"] for e in out["errors"]}
    assert set(errors) == {4, 5}  # spreadsheet rows: header 1, A1 2, blank 3, A2 4, A3 5, A4 6
    assert "所在区县" in errors[4] and "本年度营业收入" in errors[4] and "本年度研发费用" in errors[4]
    assert "5 列" in errors[5]
    assert out["evaluated"] == 2


def test_batch_refuses_a_folder_and_a_zip_named_csv(tmp_path, capsys):
    assert main(["batch", str(tmp_path), "--out", str(tmp_path / "o.csv")]) == 2
    assert "文件夹" in capsys.readouterr().err
    p = tmp_path / "z.csv"
    p.write_bytes(b"PK\x03\x04rest")
    assert main(["batch", str(p), "--out", str(tmp_path / "o.csv")]) == 2
    err = capsys.readouterr().err
    assert "压缩包" in err and err.count("\n") == 1
