"""Cells merged or spanned, in every format that has cells: a cell merged down the rows (Word's vMerge, a .doc row's
TC80 vertMerge, an RTF's \\clvmrg, a sheet's merged range, an OpenDocument cell's number-rows-spanned) holds its bureau
for each row and says its group's name once; a cell spanning columns keeps the cells after it under their headings;
an RTF cell's paragraphs stay in its row (tests/data/sheets/README.md says how the files were made)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhengce.errors import InputError
from zhengce.reading import read_path
from zhengce.reading.readers import read_bytes
from zhengce.reading.rtf_text import rtf_text
from zhengce.reading.table_rows import row_lines

from .made_sheets import CELL as _cell, patched_sheet as _patched_sheet, workbook as _workbook

DATA = Path(__file__).resolve().parents[1] / "data" / "sheets"


def test_a_cell_merged_down_holds_for_each_row_under_a_bodys_column_only():
    from zhengce.reading.table_rows import MERGED

    rows = [[["类别"], ["序号"], ["事项"], ["补助（万元）"], ["牵头部门"]],
            [["科技创新"], ["1"], ["对新认定的企业给予补助"], ["10"], ["区科技局"]],
            [[MERGED], ["2"], ["对新建的平台给予补助"], ["20"], [MERGED]]]
    # (the group's name said once, a heading over its numbered items; the bureau holding for the row it was merged
    # down into)
    assert row_lines(rows)[1:] == ["科技创新", "1.对新认定的企业给予补助 10万元 （牵头部门：区科技局）",
                                   "2.对新建的平台给予补助 20万元 （牵头部门：区科技局）"]


MERGED_LINES = [
    "某某县2026年惠企政策兑现清单",
    "类别 序号 兑现事项 奖励金额（万元） 牵头部门",
    "科技创新",
    "1.对当年新晋升为高新技术企业的，给予一次性奖励 30万元 （牵头部门：县科技局）",
    "2.对新获批建设的省级企业研究开发中心，给予一次性奖励 20万元 （牵头部门：县科技局）",
    "3.对新入选市级创新型中小企业名单的，每家奖励 2万元 （牵头部门：县科技局）",
    "人才引进",
    "4.对新引进的全职博士，给予安家补贴 10万元 （牵头部门：县人社局）",
    "5.对新引进的全职硕士，给予安家补贴 3万元 （牵头部门：县人社局）",
]


@pytest.mark.parametrize("name", ["merged_table.docx", "merged_table.doc", "merged_table.rtf", "merged_table.odt",
                                  "merged_list.xlsx", "merged_list.xls", "merged_list.ods", "merged_list.fods"])
def test_cells_merged_down_read_the_same_from_every_format(name):
    # a group's name and a bureau each written once for several rows (a Word table's vertical merge — <w:vMerge/>,
    # a .doc's TC vertMerge, an RTF's \clvmrg — or a sheet's merged range): the bureau holds for every row, the group
    # is said once over its rows. Before, in .doc and sheets the bureau held for its first row only, and in the RTF
    # the merged cell's second paragraph broke its row in two (no serial, no unit, no bureau on rows 2 to 4)
    lines = [ln for ln in read_bytes((DATA / name).read_bytes(), name).text.split("\n") if ln.strip()]
    assert lines[:len(MERGED_LINES)] == MERGED_LINES
    [doc] = read_path(DATA / name)
    assert [(s.title, [(a.no, a.responsible) for a in s.articles]) for s in doc.sections] == [
        ("科技创新", [(1, ["县科技局"]), (2, ["县科技局"]), (3, ["县科技局"])]),
        ("人才引进", [(4, ["县人社局"]), (5, ["县人社局"])])]
    assert [(i["article"], i["amount_yuan"]) for i in doc.to_json()["incentives"]] == [
        (1, 300000), (2, 200000), (3, 20000), (4, 100000), (5, 30000)]


def test_an_rtf_cell_of_several_paragraphs_stays_in_its_row():
    rtf = (r"{\rtf1\ansi\deff0 {\fonttbl{\f0 SimSun;}}"
           r"\trowd\cellx2000\cellx6000\cellx8000\pard\intbl 1\cell\pard\intbl \u23545?\u20225?\u19994?\par "
           r"\u22870?\u21169?10\u19975?\u20803?\cell\pard\intbl A\par B\cell\row"
           r"\pard after\par}")
    # (first paragraph 对企业, second 奖励10万元; the third cell two lines: A, B)
    assert rtf_text(rtf, "a.rtf").split("\n")[:2] == ["1.对企业奖励10万元 AB", "after"]


def test_a_sheet_merging_a_whole_column_reads_what_it_holds():
    import re

    # (a merged range down to the sheet's last row: marked row by row as the rows come, not listed cell by cell)
    data = _patched_sheet(lambda d: d.replace(b"</sheetData>", b'</sheetData><mergeCells count="2">'
                                              b'<mergeCell ref="A1:A1048576"/><mergeCell ref="B2:C3"/></mergeCells>'))
    assert re.sub(r"\s", "", read_bytes(data, "表.xlsx").text) == "对企业给予奖励10万元。"


def test_a_doc_row_s_table_definition_says_which_cells_continue_the_one_above():
    import struct

    from zhengce.reading.word_binary import merged_down

    def tc(vert: int) -> bytes:
        return struct.pack("<H", vert << 5) + bytes(18)

    cells = tc(0) + tc(3) + tc(1) + tc(1)
    body = bytes([4]) + struct.pack("<5h", 0, 100, 200, 300, 400) + cells
    grpprl = struct.pack("<HB", 0x2416, 1) + struct.pack("<HH", 0xD608, len(body) + 1) + body
    assert merged_down(grpprl) == (2, 3)
    # (a later sprmTVertMerge restarts cell 3: no longer merged into the one above)
    assert merged_down(grpprl + struct.pack("<HBBB", 0xD62B, 2, 3, 3)) == (2,)
    assert all(isinstance(merged_down(grpprl[:k]), tuple) for k in range(len(grpprl)))  # (cut short anywhere: no error)


_RTF_TOKENS = [r"\trowd ", r"\cellx1000 ", r"\clvmrg ", r"\clvmgf ", r"\intbl ", r"\intbl0 ", r"\pard ", r"\par ",
               r"\cell ", r"\row ", "{", "}", r"\deleted ", r"\u22870?", "对企业奖励10万元", "|", "序号", r"\'b5"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RTF_TOKENS), max_size=60))
def test_any_rtf_table_reads_to_text_or_a_clear_error(tokens):
    # (rows and cells in any order, merged or not, unbalanced braces: text, or one line in Chinese)
    try:
        text = rtf_text(r"{\rtf1\ansi " + "".join(tokens) + "}", "a.rtf")
    except InputError as exc:
        assert "RTF" in str(exc)
        return
    assert "\ue010" not in text and "\ue011" not in text and "\ue012" not in text and "\ue013" not in text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_cell, min_size=1, max_size=5), min_size=1, max_size=8),
       st.lists(st.tuples(st.integers(1, 9), st.integers(1, 6), st.integers(0, 4), st.integers(0, 2)), max_size=4))
def test_any_sheet_with_merged_ranges_reads_every_value_it_keeps(rows, merges):
    # (ranges overlapping or not: each value the merges leave is read, no mark of a merge is left in the text)
    kept: list = []

    def build(wb):
        for row in rows:
            wb.active.append(row)
        for r, c, dr, dc in merges:
            wb.active.merge_cells(start_row=r, start_column=c, end_row=r + dr, end_column=c + dc)
        kept.extend(v for row in wb.active.iter_rows(values_only=True) for v in row)

    try:
        data = _workbook(build)
    except ValueError:  # (openpyxl refuses some overlapping ranges itself)
        return
    try:
        src = read_bytes(data, "随机.xlsx")
    except InputError as exc:
        assert "没有文字" in str(exc)
        return
    assert not any(ch in src.text for ch in "\ue010\ue011\ue012\ue013")
    for v in kept:
        if isinstance(v, str) and v.strip() and "\n" not in v:
            assert v.strip() in src.text.replace("\n", "")


def test_a_word_cell_spanning_columns_keeps_the_cells_after_it_under_their_headings():
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=3, cols=4)
    for cell, value in zip(table.rows[0].cells, ("序号", "兑现事项", "奖励金额（万元）", "牵头部门")):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ("1", "对新认定的高新技术企业给予一次性奖励", "30", "县科技局")):
        cell.text = value
    table.cell(2, 0).merge(table.cell(2, 1)).text = "对首次入选名单的企业给予一次性奖励"  # (<w:gridSpan w:val="2"/>)
    table.cell(2, 2).text, table.cell(2, 3).text = "10", "县经信局"
    out = io.BytesIO()
    doc.save(out)
    # (before: the row's sum and bureau slid one column left — "10" with no unit, the bureau with no label)
    assert read_bytes(out.getvalue(), "a.docx").text.split("\n")[-1] == "对首次入选名单的企业给予一次性奖励 10万元 （牵头部门：县经信局）"
