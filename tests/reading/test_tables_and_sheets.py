"""Policy lists set as tables: a spreadsheet (.xlsx, .xls, WPS .et) is read, and a table's row reads the same
from every format that has cells (Word .docx and .doc, RTF, a sheet, a web page) — one line a row, a column's unit
written after a bare number under it, a row's serial number making it an item of a numbered list
(tests/data/sheets/README.md says how the files were made)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhengce.errors import InputError
from zhengce.reading import read_path
from zhengce.reading import sheet_text
from zhengce.reading.rtf_text import rtf_text
from zhengce.reading.readers import read_bytes
from zhengce.reading.table_rows import row_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "sheets"

TABLE_LINES = [
    "序号 支持事项 奖励标准（万元） 责任单位",
    "1.对首次入选国家级专精特新“小巨人”名单的企业一次性奖励 50万元 （责任单位：区经信局）",
    "2.对当年首次获高企认定的企业奖励 20万元 （责任单位：区科技局）",
    "3.企业新建研发机构的，按其投资额的20%补助，单个不超过100万元 （责任单位：区科技局）",
]


def _awards(docs):
    return [(i["article"], i["form"], i.get("amount_yuan"), i.get("rate"), i.get("cap_yuan"))
            for d in docs for i in d.to_json()["incentives"]]


@pytest.mark.parametrize("name", ["table_policy.docx", "table_policy.doc", "table_policy.rtf"])
def test_a_word_table_of_measures_reads_the_same_from_docx_doc_and_rtf(name):
    text = read_bytes((DATA / name).read_bytes(), name).text
    lines = text.split("\n")
    assert lines[2:6] == TABLE_LINES
    assert text.rstrip().split("\n")[-1] == "本政策自2025年1月1日起施行。"
    # the 责任单位 column gives each row's article its responsible unit (before: run into its sum, "50万元区经信局")
    doc, = read_path(DATA / name)
    assert [a.responsible for s in doc.sections for a in s.articles] == [["区经信局"], ["区科技局"], ["区科技局"]]
    docs = read_path(DATA / name)
    assert [d.title for d in docs] == ["某某区关于支持企业创新发展的若干政策"]
    assert [a.no for s in docs[0].sections for a in s.articles] == [1, 2, 3]
    # the line after the table is a sentence of its own, not the last row's continuation
    assert "施行" not in docs[0].sections[-1].articles[-1].text
    assert _awards(docs) == [(1, "fixed", 500000, None, None), (2, "fixed", 200000, None, None),
                             (3, "rate", None, 0.2, 1000000)]


def _page(table_html: str, after: str = "<p>本政策自2025年1月1日起施行。</p>") -> bytes:
    return ("<html><head><title>某某区关于支持企业创新发展的若干政策</title></head><body><div class='article'>"
            "<h1>某某区关于支持企业创新发展的若干政策</h1><p>为加快推动企业创新发展，制定本政策。具体支持事项如下：</p>"
            + table_html + after + "</div></body></html>").encode("utf-8")


_ROWS = [["序号", "支持事项", "奖励标准（万元）", "责任单位"],
         ["1", "对首次入选国家级专精特新“小巨人”名单的企业一次性奖励", "50", "区经信局"],
         ["2", "对当年首次获高企认定的企业奖励", "20", "区科技局"],
         ["3", "企业新建研发机构的，按其投资额的20%补助，单个不超过100万元", "", "区科技局"]]


@pytest.mark.parametrize("sep", ["", "\n    "])
def test_a_web_page_s_table_reads_as_the_word_table_does(sep):
    # cells written side by side or on lines of their own in the page's source: the same rows
    table = "<table><tbody>" + "".join(
        "<tr>" + sep + sep.join(f"<td><p>{c}</p></td>" if c else "<td></td>" for c in row) + sep + "</tr>"
        for row in _ROWS) + "</tbody></table>"
    lines = read_bytes(_page(table), "清单.html").text.split("\n")
    at = lines.index(TABLE_LINES[0])
    assert lines[at:at + 4] == TABLE_LINES and lines[at + 4] == "本政策自2025年1月1日起施行。"
    docs = read_path(_to_file(_page(table), "清单.html"))
    assert [a.no for s in docs[0].sections for a in s.articles] == [1, 2, 3]
    assert _awards(docs) == [(1, "fixed", 500000, None, None), (2, "fixed", 200000, None, None),
                             (3, "rate", None, 0.2, 1000000)]


def test_a_web_tables_cells_spanning_rows_and_columns_keep_every_column_under_its_heading():
    # a group's name and a bureau each written once for two rows (rowspan), a note across the columns (colspan):
    # before, the second row's cells slid one column left — its 20 under 序号's neighbour, no unit, no number
    table = ("<table><tr><th>类别</th><th>序号</th><th>支持事项</th><th>奖励标准（万元）</th><th>牵头部门</th></tr>"
             "<tr><td rowspan='2'>科技创新</td><td>1</td><td>对新认定的企业给予一次性奖励</td><td>10</td>"
             "<td rowspan='2'>区科技局</td></tr>"
             "<tr><td>2</td><td>对新建的平台给予一次性奖励</td><td>20</td></tr>"
             "<tr><td colspan='5'>以上事项每年受理一次</td></tr>"
             "<tr><td rowspan='99999999'>人才</td><td>3</td><td>对新引进的团队给予一次性奖励</td><td>30</td>"
             "<td>区人社局</td></tr></table>")
    lines = read_bytes(_page(table), "清单.html").text.split("\n")
    at = lines.index("科技创新")
    assert lines[at:at + 6] == ["科技创新", "1.对新认定的企业给予一次性奖励 10万元 （牵头部门：区科技局）",
                                "2.对新建的平台给予一次性奖励 20万元 （牵头部门：区科技局）", "以上事项每年受理一次",
                                "人才", "3.对新引进的团队给予一次性奖励 30万元 （牵头部门：区人社局）"]
    # each row an article with its unit; the line after a row's unit is not run into it ("…区科技局) 人才")
    doc, = read_path(_to_file(_page(table), "清单.html"))
    articles = [a for s in doc.sections for a in s.articles]
    assert [a.responsible for a in articles] == [["区科技局"], ["区科技局"], ["区人社局"]]
    assert articles[1].text.split("\n")[0].endswith("(牵头部门:区科技局)")


def test_a_page_laid_out_in_tables_is_read_block_by_block_as_before():
    long_text = "".join(f"<p>{i}、对符合条件的企业给予奖励{i}万元。</p>" for i in range(1, 80))
    nested = ("<table><tr><td>首页</td><td><table><tr><td>栏目</td><td>政策</td></tr></table></td></tr></table>")
    layout = f"<table><tr><td>导航</td><td>{long_text}</td></tr></table>"
    text = read_bytes(_page(nested + layout, ""), "页面.html").text
    assert "1、对符合条件的企业给予奖励1万元。\n2、对符合条件的企业给予奖励2万元。" in text  # paragraphs stay lines
    assert "首页\n栏目政策\n导航" in text  # a table holding a table: the layout, read as before (cells run on)


@pytest.mark.parametrize("name", ["policy_list.xls", "policy_list.xlsx", "policy_list.ods"])
def test_a_spreadsheet_policy_list_is_read_row_by_row(name):
    src = read_bytes((DATA / name).read_bytes(), name)
    assert src.format == name.rsplit(".", 1)[1]
    assert src.text.split("\n") == [
        "某某县2025年惠企政策兑现清单",
        "序号 政策条款 奖励金额（万元） 补助比例 申报截止",
        "1.对首次通过高企认定的企业给予奖励 30万元 申报截止2025年6月30日",
        "2.企业购置研发设备的，按投资额给予补助，单家最高100万元 补助比例15% 申报截止2025年9月30日",
        "3.对新入选省级专精特新名单的中小企业一次性奖励 12.5万元 申报截止2025年9月30日",
    ]
    docs = read_path(DATA / name)
    assert docs[0].title == "某某县2025年惠企政策兑现清单" and docs[0].year == 2025
    awards = _awards(docs)
    assert (1, "fixed", 300000, None, None) in awards
    assert (3, "fixed", 125000, None, None) in awards  # 12.5 (万元): exact, no float
    assert (2, "rate", None, 0.15, None) in awards  # 15% under 补助比例: the row's rate
    # a date under 申报截止: the row's deadline (a date two rows share, once)
    assert [(d["date"], d["article"]) for d in docs[0].to_json()["deadlines"]] == [("2025-06-30", 1), ("2025-09-30", 2)]
    assert all(isinstance(a[2], int) for a in awards if a[2] is not None)


def test_a_wps_spreadsheet_named_et_is_read_by_what_it_is():
    data = (DATA / "policy_list.xls").read_bytes()
    src = read_bytes(data, "政策清单.et")
    assert src.format == "xls" and "30万元" in src.text
    # and a workbook saved under a wrong name is still a workbook
    assert read_bytes((DATA / "policy_list.xlsx").read_bytes(), "清单.docx").format == "xlsx"


def _workbook(build) -> bytes:
    wb = openpyxl.Workbook()
    build(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_cells_are_written_as_the_sheet_shows_them():
    def build(wb):
        ws = wb.active
        ws.append(["序号", "事项", "补助（元）", "比例", "日期", "是否"])
        ws.append([1, "对每户安装给予补助", 0.1 + 0.2, 0.075, dt.datetime(2025, 3, 1), True])
        ws["D2"].number_format = "0.0%"
        ws.append([2, "对合作社给予补助", Decimal("1500.50"), None, dt.datetime(2025, 3, 1, 9, 30), False])
        ws.append([3, "对企业给予奖励", 200.0, "按20%", "2025年4月1日前", None])
        hidden = wb.create_sheet("底稿")
        hidden.append(["对某某给予奖励999万元"])
        hidden.sheet_state = "hidden"

    text = read_bytes(_workbook(build), "清单.xlsx").text
    assert text.split("\n") == [
        "序号 事项 补助（元） 比例 日期 是否",
        "1.对每户安装给予补助 0.3元 比例7.5% 日期2025年3月1日 是",
        "2.对合作社给予补助 1500.5元 2025年3月1日9:30 否",
        "3.对企业给予奖励 200元 按20% 2025年4月1日前",
    ]
    assert "999" not in text  # a hidden sheet is not what the reader sees


def test_a_float_is_shown_to_the_fifteen_digits_a_sheet_shows():
    assert sheet_text._shown(0.1 + 0.2, "General") == "0.3"
    assert sheet_text._shown(1234567.891, "") == "1234567.891"
    assert sheet_text._shown(1e20, "") == "100000000000000000000"
    assert sheet_text._shown(float("inf"), "") == "" and sheet_text._shown(float("nan"), "") == ""
    assert sheet_text._shown(0.15, '0%') == "15%" and sheet_text._shown(5, '0"%"') == "5"


def test_row_lines_units_only_on_bare_numbers_and_serials_only_in_sequence():
    rows = [
        [["序号"], ["项目"], ["标准（万元）"]],
        [["1"], ["对首台套给予奖励"], ["最高50万元"]],
        [["2"], ["对首版次软件给予奖励"], ["30"]],
        [["5"], ["另计"], ["10"]],  # out of sequence: no item of the list
        [["合计"], [], ["90"]],
    ]
    assert row_lines(rows) == [
        "序号 项目 标准（万元）",
        "1.对首台套给予奖励 最高50万元",
        "2.对首版次软件给予奖励 30万元",
        "5 另计 10万元",
        "合计 90万元",
    ]
    # no heading: a first column counting 1, 2, 3 is still a list's numbers; a table of years is not
    assert row_lines([[["1"], ["甲"]], [["2"], ["乙"]]]) == ["1.甲", "2.乙"]
    assert row_lines([[["2024"], ["甲"]], [["2025"], ["乙"]]]) == ["2024 甲", "2025 乙"]
    # a bare percentage under a column naming a share is that share; under any other column it stays bare
    assert row_lines([[["项目"], ["补贴标准"], ["备注"]], [["设备购置"], ["30%"], ["20%"]]]) == [
        "项目 补贴标准 备注", "设备购置 补贴标准30% 20%"]
    # a row of one filled cell keeps its own lines (a page laid out in a table)
    assert row_lines([[["第一段", "第二段"], [], []]]) == ["第一段", "第二段"]


def test_a_table_heading_row_is_no_title():
    def build(wb):
        ws = wb.active
        ws.append(["序号", "政策条款", "支持标准（万元）", "责任单位"])
        ws.append([1, "对新获评国家级小巨人称号的企业给予奖励", 50, "区经信局"])
        ws.append([2, "按研发投入的10%给予补助", None, "区科技局"])

    docs = read_path(_to_file(_workbook(build), "清单.xlsx"))
    assert docs[0].title is None
    assert _awards(docs) == [(1, "fixed", 500000, None, None), (2, "rate", None, 0.1, None)]


def _to_file(data: bytes, name: str) -> Path:
    import tempfile

    d = Path(tempfile.mkdtemp())
    (d / name).write_bytes(data)
    return d / name


@pytest.mark.parametrize("data, name, said", [
    (b"PK\x03\x04" + b"\x00" * 40, "清单.xlsx", "Excel 表格"),  # a workbook's name, a broken zip
    (None, "坏表.xlsx", "Excel 表格"),  # a zip with a workbook part that is not XML
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "旧表.xls", ""),  # an OLE header and nothing behind it
])
def test_a_broken_spreadsheet_is_one_clear_line_in_chinese(data, name, said):
    if data is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", "not xml <<<")
        data = buf.getvalue()
    with pytest.raises(InputError) as err:
        read_bytes(data, name)
    message = str(err.value)
    assert "\n" not in message and "Traceback" not in message and said in message


def test_a_sheet_of_too_many_cells_is_refused_not_read_for_ever(monkeypatch):
    monkeypatch.setattr(sheet_text, "_MAX_CELLS", 50)

    def build(wb):
        for i in range(30):
            wb.active.append([i, "某项", 1, 2])

    with pytest.raises(InputError, match="单元格超过上限"):
        read_bytes(_workbook(build), "大表.xlsx")


_cell = st.one_of(st.none(), st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
                  st.text(alphabet="序号元万%（）()对给予奖励补助1234567890.\n ", max_size=12), st.booleans())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_cell, min_size=1, max_size=5), min_size=1, max_size=8))
def test_any_sheet_reads_to_text_or_a_clear_error(rows):
    def build(wb):
        for row in rows:
            wb.active.append(row)

    try:
        src = read_bytes(_workbook(build), "随机.xlsx")
    except InputError as exc:
        assert "没有文字" in str(exc)
        return
    for row in rows:
        for v in row:
            if isinstance(v, str) and v.strip() and "\n" not in v:
                assert v.strip() in src.text.replace("\n", "")
    assert "e+" not in src.text.lower() or any(isinstance(v, str) and "e+" in v.lower() for r in rows for v in r)


def test_a_folder_s_spreadsheets_are_taken_in_with_its_documents(tmp_path):
    from zhengce.library.ingest import expand

    for name in ("政策.docx", "兑现清单.xlsx", "附件1.xls", "附件2.et", "附件.zip", "说明.png"):
        (tmp_path / name).write_bytes(b"x")
    assert sorted(p.name for p in expand([tmp_path])) == ["兑现清单.xlsx", "政策.docx", "附件.zip", "附件1.xls", "附件2.et"]


def _patched_sheet(patch) -> bytes:
    # a workbook whose sheet XML is rewritten by hand, as a hostile or broken writer would leave it
    src = zipfile.ZipFile(io.BytesIO(_workbook(lambda wb: wb.active.append(["对企业给予奖励10万元。"]))))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in src.namelist():
            d = src.read(n)
            z.writestr(n, patch(d) if n == "xl/worksheets/sheet1.xml" else d)
    return out.getvalue()


def test_a_sheet_that_claims_the_whole_grid_reads_what_it_holds():
    import re

    # (walking the grid its dimension claims would meet the cell cap and refuse it: the rows it has are read)
    data = _patched_sheet(lambda d: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', d))
    assert read_bytes(data, "表.xlsx").text == "对企业给予奖励10万元。"


def test_a_sheet_with_entity_expansion_is_refused_in_one_line():
    lol = (b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
           b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    with pytest.raises(InputError, match="无法读取 Excel 表格"):
        read_bytes(_patched_sheet(lambda d: lol + d), "表.xlsx")


_NOTED = [["序号", "奖励事项", "奖励金额", "年份"],
          ["1", "对首次入选小巨人名单的企业奖励", "50", "2025"],
          ["2", "对当年首次获高企认定的企业奖励", "20", "2025"]]
_NOTED_LINES = ["序号 奖励事项 奖励金额 年份", "1.对首次入选小巨人名单的企业奖励 50万元 2025",
                "2.对当年首次获高企认定的企业奖励 20万元 2025"]


def test_a_unit_noted_over_a_table_goes_to_its_columns_of_money_in_every_format():
    import docx

    d = docx.Document()
    d.add_paragraph("某某区2025年企业奖励清单")
    d.add_paragraph("单位：万元")
    t = d.add_table(rows=len(_NOTED), cols=4)
    for r, row in zip(t.rows, _NOTED):
        for c, v in zip(r.cells, row):
            c.text = v
    buf = io.BytesIO()
    d.save(buf)
    lines = read_bytes(buf.getvalue(), "清单.docx").text.split("\n")
    assert lines[2:] == _NOTED_LINES  # (the year column names no money: 2025 stays a year)

    def build(wb):
        wb.active.append(["（单位：万元）"])
        for row in _NOTED:
            wb.active.append([int(v) if v.isdigit() else v for v in row])

    assert read_bytes(_workbook(build), "清单.xlsx").text.split("\n")[1:] == _NOTED_LINES
    page = _page("<p>单位：万元</p><table>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _NOTED) + "</table>", "")
    lines = read_bytes(page, "清单.html").text.split("\n")
    assert lines[lines.index(_NOTED_LINES[0]):] == _NOTED_LINES
    # with no note, a heading without its unit leaves a bare number bare: no unit is guessed
    assert row_lines([[[c] for c in row] for row in _NOTED])[1] == "1.对首次入选小巨人名单的企业奖励 50 2025"


@pytest.mark.parametrize("data", [
    "\ufeff序号,政策条款,奖励金额（万元）\r\n1,对首次入选小巨人名单的企业奖励,50\r\n2,\"对当年首次获高企认定的企业奖励,另按研发投入的10%补助\",20\r\n".encode("utf-8"),
    "序号\t政策条款\t奖励金额（万元）\n1\t对首次入选小巨人名单的企业奖励\t50\n2\t对当年首次获高企认定的企业奖励,另按研发投入的10%补助\t20\n".encode("gb18030"),
])
def test_a_list_saved_as_csv_reads_as_a_sheet(data):
    assert read_bytes(data, "清单.csv").text.split("\n") == [
        "序号 政策条款 奖励金额（万元）", "1.对首次入选小巨人名单的企业奖励 50万元",
        "2.对当年首次获高企认定的企业奖励,另按研发投入的10%补助 20万元"]


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


def test_a_first_row_of_short_names_one_naming_money_heads_the_table():
    # no 序号, no unit in a heading: "奖励金额" under the note "单位：万元" still gives the column its unit
    rows = [[["兑现事项"], ["奖励金额"], ["受理部门"]], [["对新认定的市级示范工厂给予一次性奖励"], ["30"], ["区经信局"]]]
    assert row_lines(rows, "单位：万元") == ["兑现事项 奖励金额 受理部门",
                                             "对新认定的市级示范工厂给予一次性奖励 30万元 （受理部门：区经信局）"]
    # (a first row that states a measure is no heading, even in few words: "对企业给予奖励" names money too)
    rows = [[["对企业给予奖励"], ["30"]], [["对平台给予补助"], ["20"]]]
    assert row_lines(rows, "单位：万元") == ["对企业给予奖励 30", "对平台给予补助 20"]


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


def _docx_holding(paragraphs: list[str], patch, relationship: bytes, part_name: str, part: bytes) -> bytes:
    # a .docx of these paragraphs, its document.xml patched, a relationship added and the part it names written
    from docx import Document

    doc = Document()
    for text in paragraphs:
        doc.add_paragraph(text)
    raw = io.BytesIO()
    doc.save(raw)
    src = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n in src.namelist():
            body = src.read(n)
            if n == "word/document.xml":
                body = patch(body)
            elif n == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", relationship + b"</Relationships>")
            z.writestr(n, body)
        z.writestr("word/" + part_name, part)
    return out.getvalue()


def _with_chunk(part_name: str, part: bytes) -> bytes:
    # a .docx whose body holds a whole part of another format (<w:altChunk r:id="…"/>), as some office systems build
    # a .docx from a web page: a paragraph, the chunk, a paragraph
    def patch(body: bytes) -> bytes:
        return body.replace(b"<w:p>", b'<w:altChunk r:id="rIdChunk1"/><w:p>', 2).replace(
            b'<w:altChunk r:id="rIdChunk1"/><w:p>', b"<w:p>", 1)

    return _docx_holding(["某某县关于支持企业发展的若干措施", "本措施自发布之日起施行。"], patch,
                         b'<Relationship Id="rIdChunk1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         b'relationships/aFChunk" Target="/word/' + part_name.encode() + b'"/>', part_name, part)


def test_a_docx_holding_a_web_page_whole_reads_the_page_where_it_stands():
    page = ("<html><body><p>支持事项如下：</p><table><tr><td>序号</td><td>事项</td><td>奖励（万元）</td></tr>"
            "<tr><td>1</td><td>对新建的平台给予补助</td><td>20</td></tr></table></body></html>").encode("utf-8")
    data = _with_chunk("afchunk.htm", page)
    assert b"altChunk" in data
    assert read_bytes(data, "a.docx").text.split("\n") == [
        "某某县关于支持企业发展的若干措施", "支持事项如下：", "序号 事项 奖励（万元）", "1.对新建的平台给予补助 20万元",
        "本措施自发布之日起施行。"]
    # (a chunk that cannot be read — a picture under a page's name — is left out; the document still reads)
    assert read_bytes(_with_chunk("afchunk.htm", b"\x89PNG\x00\x00"), "a.docx").text.split("\n") == [
        "某某县关于支持企业发展的若干措施", "本措施自发布之日起施行。"]


def test_an_excel_table_embedded_in_a_docx_is_read_after_its_paragraph():
    sheet = _workbook(lambda wb: [wb.active.append(r) for r in (["序号", "事项", "奖励（万元）", "牵头部门"],
                                                               [1, "对新认定的智能工厂给予奖励", 50, "县经信局"])])
    obj = (b'<w:r><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" '
           b'ProgID="Excel.Sheet.12" r:id="rIdObj1"/></w:object></w:r>')

    def patch(body: bytes) -> bytes:
        end = body.index(b"</w:p>", body.index("支持事项见下表：".encode()))
        return body[:end] + obj + body[end:]

    data = _docx_holding(["某某县关于支持企业发展的若干措施", "支持事项见下表：", "本措施自发布之日起施行。"], patch,
                         b'<Relationship Id="rIdObj1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         b'relationships/package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/>',
                         "embeddings/Microsoft_Excel_Worksheet.xlsx", sheet)
    # (before: only the sheet's picture stood there, the table's text not read at all)
    assert read_bytes(data, "a.docx").text.split("\n") == [
        "某某县关于支持企业发展的若干措施", "支持事项见下表：", "序号 事项 奖励（万元） 牵头部门",
        "1.对新认定的智能工厂给予奖励 50万元 （牵头部门：县经信局）", "本措施自发布之日起施行。"]
    # (and so in a zip of a notice's attachments)
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w") as z:
        z.writestr("附件1.docx", data)
    assert "1.对新认定的智能工厂给予奖励 50万元 （牵头部门：县经信局）" in read_bytes(bundle.getvalue(), "附件.zip").text
