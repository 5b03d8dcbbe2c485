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

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhengce.errors import InputError
from zhengce.reading import parse_text, read_path
from zhengce.reading import sheet_text
from zhengce.reading.readers import read_bytes
from zhengce.reading.table_rows import row_lines

from .made_sheets import CELL as _cell, patched_sheet as _patched_sheet, workbook as _workbook

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


def test_a_first_row_of_short_names_one_naming_money_heads_the_table():
    # no 序号, no unit in a heading: "奖励金额" under the note "单位：万元" still gives the column its unit
    rows = [[["兑现事项"], ["奖励金额"], ["受理部门"]], [["对新认定的市级示范工厂给予一次性奖励"], ["30"], ["区经信局"]]]
    assert row_lines(rows, "单位：万元") == ["兑现事项 奖励金额 受理部门",
                                             "对新认定的市级示范工厂给予一次性奖励 30万元 （受理部门：区经信局）"]
    # (a first row that states a measure is no heading, even in few words: "对企业给予奖励" names money too)
    rows = [[["对企业给予奖励"], ["30"]], [["对平台给予补助"], ["20"]]]
    assert row_lines(rows, "单位：万元") == ["对企业给予奖励 30", "对平台给予补助 20"]


def test_a_sum_under_a_column_naming_the_award_is_that_award_in_a_list_of_what_is_rewarded():
    # a row naming only what is rewarded ("新认定的…") takes the award its column names: "奖励30万元", a sum read as an
    # award; a row saying its own award keeps its words; a list of who was paid (a column of names) stays as it is
    rows = [[["序号"], ["奖励事项"], ["奖励金额（万元）"]], [["1"], ["新认定的国家级专精特新企业"], ["30"]],
            [["2"], ["对首次入库的科技型企业给予补助"], ["2"]]]
    assert row_lines(rows) == ["序号 奖励事项 奖励金额（万元）", "1.新认定的国家级专精特新企业 奖励30万元",
                               "2.对首次入库的科技型企业给予补助 2万元"]
    rows = [[["序号"], ["项目单位"], ["项目名称"], ["补助资金（万元）"]], [["1"], ["某某有限公司"], ["生产线改造"], ["80"]]]
    assert row_lines(rows) == ["序号 项目单位 项目名称 补助资金（万元）", "1.某某有限公司 生产线改造 80万元"]
    # (the money column's own name, "补贴标准", says nothing of what the rows list)
    rows = [[["项目"], ["补贴标准"]], [["冷库改造"], ["80"]]]
    assert row_lines(rows, "单位：元") == ["项目 补贴标准", "冷库改造 80元"]
    doc = read_bytes(_workbook(lambda wb: [wb.active.append(r) for r in (
        ["某某区2026年企业培育奖励标准"], ["序号", "支持内容", "补贴标准（万元）", "牵头部门"],
        [1, "首次认定为省级隐形冠军企业", 50, "区经信局"])]), "标准.xlsx").text
    awards = [i for d in parse_text(doc, "标准.xlsx") for i in d.to_json()["incentives"]]
    assert [(i["amount_yuan"], i["trigger"]) for i in awards] == [(500_000, "首次认定为省级隐形冠军企业")]
