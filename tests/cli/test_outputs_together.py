"""A run's several outputs take their names together: when a rename fails after others have succeeded, the
earlier run's files come back, every one of them, and a user never finds new tables beside old ones."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from zhengce import outfiles
from tests.cli.test_attacks import refused, run


def _files(folder: Path) -> dict[str, bytes]:
    """Every entry of folder (hidden ones too: a temporary or a kept-aside version must not stay)."""
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"<dir>")
            for p in sorted(folder.rglob("*"))}


def _failing_replace(monkeypatch, fail_on: set[int]):
    """os.replace, failing (disk full) on the given renames of a finished temporary onto its name."""
    real, seen = os.replace, []

    def replace(src, dst, *a, **kw):
        if str(src).endswith(".part"):
            seen.append(src)
            if len(seen) in fail_on:
                raise OSError(28, "No space left on device", str(dst))
        elif str(src).endswith(".old") and "restore" in fail_on:
            raise OSError(5, "Input/output error", str(dst))
        return real(src, dst, *a, **kw)
    monkeypatch.setattr(os, "replace", replace)
    return seen


@pytest.fixture()
def earlier_batch(tmp_path, capsys):
    """A batch run's outputs, then a registry that gives different ones."""
    reg = tmp_path / "名册.csv"
    reg.write_text("id,region\n甲,湖州市吴兴区\n", encoding="utf-8")
    out = tmp_path / "out" / "结果.csv"
    assert run(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")[0] == 0
    reg.write_text("id,region\n乙,杭州市余杭区\n丙,火星\n", encoding="utf-8")
    return reg, out


def test_second_rename_failing_puts_the_first_back(earlier_batch, capsys, monkeypatch):
    reg, out = earlier_batch
    before = _files(out.parent)
    assert len([n for n in before if not n.startswith(".")]) >= 3
    seen = _failing_replace(monkeypatch, {2})
    err = refused(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")
    assert "磁盘空间不足" in err and len(seen) == 2
    assert _files(out.parent) == before  # the first table is the earlier run's again; nothing extra left
    monkeypatch.undo()
    assert run(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")[0] == 0
    after = _files(out.parent)
    assert after[out.name] != before[out.name] and not any(n.startswith(".") for n in after)


def test_when_putting_back_fails_too_the_new_files_are_named(earlier_batch, capsys, monkeypatch):
    reg, out = earlier_batch
    _failing_replace(monkeypatch, {3, "restore"})
    err = refused(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")
    assert "未能恢复上次的版本" in err and "其余输出仍是上次的" in err
    assert f"{out}（本次的结果，上次的版本在 {out.parent}/.{out.name}." in err  # nothing lost: it is named


def test_several_files_and_folders_together(tmp_path, monkeypatch):
    a, b, c = tmp_path / "a.txt", tmp_path / "b.parquet", tmp_path / "c.txt"
    a.write_text("上次甲", encoding="utf-8")
    b.mkdir()
    (b / "part-0.parquet").write_bytes(b"old")
    before = _files(tmp_path)
    temps = {a: outfiles.temp_beside(a), b: outfiles.temp_dir_beside(b), c: outfiles.temp_beside(c)}
    temps[a].write_text("本次甲", encoding="utf-8")
    (temps[b] / "part-0.parquet").write_bytes(b"new")
    temps[c].write_text("本次丙", encoding="utf-8")
    _failing_replace(monkeypatch, {3})
    with pytest.raises(OSError):
        outfiles.commit_all(temps)
    assert _files(tmp_path) == before  # c was new: it is not there; a and b are as they were
    monkeypatch.undo()
    outfiles.write_texts({a: "再次甲", c: "再次丙"})
    assert a.read_text(encoding="utf-8") == "再次甲" and c.read_text(encoding="utf-8") == "再次丙"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.parquet", "c.txt"]


def test_rules_draft_of_several_documents_is_written_whole(tmp_path, monkeypatch):
    from zhengce.rules.draft import write

    docs = [type("Doc", (), {"source": "s.txt", "index": i})() for i in (1, 2)]
    monkeypatch.setattr(write, "read_source", lambda source: [(d, None) for d in docs])
    monkeypatch.setattr("zhengce.rules.draft.document.draft_document", lambda doc, original: {"n": doc.index})
    monkeypatch.setattr(write, "to_yaml", lambda data, doc: f"第{doc.index}份\n")
    (tmp_path / "d-d1.yaml").write_text("早先的第1份\n", encoding="utf-8")
    _failing_replace(monkeypatch, {2})
    with pytest.raises(OSError):
        write.draft_source("s.txt", str(tmp_path / "d.yaml"))
    assert _files(tmp_path) == {"d-d1.yaml": "早先的第1份\n".encode()}


def test_a_folder_in_the_way_keeps_both_it_and_the_earlier_files(earlier_batch, capsys):
    reg, out = earlier_batch
    (out.parent / "结果.errors.csv").mkdir()  # this run has a bad row: its errors table meets a folder
    (out.parent / "结果.errors.csv" / "笔记.txt").write_text("用户自己的笔记", encoding="utf-8")
    before = _files(out.parent)
    assert "文件夹" in refused(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")
    assert _files(out.parent) == before


def test_when_nothing_can_be_put_back_each_earlier_version_is_named(tmp_path, monkeypatch):
    a, b = tmp_path / "a.txt", tmp_path / "b.parquet"
    a.write_text("上次甲", encoding="utf-8")
    b.mkdir()
    (b / "part-0.parquet").write_bytes(b"old")
    temps = {a: outfiles.temp_beside(a), b: outfiles.temp_dir_beside(b)}
    temps[a].write_text("本次甲", encoding="utf-8")
    _failing_replace(monkeypatch, {2, "restore"})
    with pytest.raises(outfiles.OutputsMixed) as caught:
        outfiles.commit_all(temps)
    message = str(caught.value)
    assert f"{a}（本次的结果，上次的版本在 {tmp_path}/.a.txt." in message
    assert f"{b}（暂缺，上次的版本在 {tmp_path}/.b.parquet." in message and "磁盘空间不足" in message
    kept = {p.name.split(".")[1]: p for p in tmp_path.iterdir() if p.name.endswith(".old")}
    assert kept["a"].read_text(encoding="utf-8") == "上次甲" and (kept["b"] / "part-0.parquet").read_bytes() == b"old"


def test_an_earlier_run_s_errors_go_when_this_run_has_none(tmp_path, capsys, monkeypatch):
    reg = tmp_path / "名册.csv"
    reg.write_text("id,region\n乙,杭州市余杭区\n丙,火星\n", encoding="utf-8")
    out = tmp_path / "out" / "结果.csv"
    assert run(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")[0] in (0, 1)
    errors = out.with_name("结果.errors.csv")
    assert "火星" in errors.read_text(encoding="utf-8-sig")
    reg.write_text("id,region\n乙,杭州市余杭区\n", encoding="utf-8")  # every row good this time
    before = _files(out.parent)
    _failing_replace(monkeypatch, {2})  # a failed run: the earlier errors stay with the earlier tables
    refused(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")
    assert _files(out.parent) == before
    monkeypatch.undo()
    assert run(capsys, "batch", reg, "--out", out, "--date", "2025-06-30")[0] == 0
    assert not errors.exists()  # not left beside this run's tables, to be taken for this run's
    assert not any(n.startswith(".") for n in _files(out.parent))
