"""Tables drawn with rules in PDF and OFD files read cell by cell (`reading/ruled_tables.py`): a row whose cells
wrap reads as one row, as the same table does from Word; a table going on over pages is one table; a frame, an
underline or a page of drawing is no table; nothing written on the page is lost (tests/data/pdf_tables/README.md)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhengce.reading import read_path
from zhengce.reading.aligned_tables import aligned_tables
from zhengce.reading.placed_text import page_items
from zhengce.reading.readers import read_bytes
from zhengce.reading.ruled_tables import Table, find_tables, pages_lines

from .printed import pdf_of
from .test_ofd_files import _ofd, _text
from .test_pdf_text import _turned

DATA = Path(__file__).resolve().parents[1] / "data" / "pdf_tables"


def _awards(doc):
    return [(i["article"], i["form"], i.get("amount_yuan"), i.get("rate"), i.get("cap_yuan"))
            for i in doc.to_json()["incentives"]]


def test_a_ruled_table_whose_cells_wrap_reads_a_row_a_line_as_the_word_file_does():
    lines = read_bytes((DATA / "ruled_table.pdf").read_bytes(), "a.pdf").text.split("\n")
    assert lines[2] == "序号 支持内容 奖励标准（万元） 牵头部门"
    # before: "1 对当年新晋升为高 30 县科技局", then "新技术企业的，给", "予一次性奖励" — no article, no award
    assert lines[3] == "1.对当年新晋升为高新技术企业的，给予一次性奖励 30万元 （牵头部门：县科技局）"
    # a bureau written once for two rows (the cells merged) holds for both
    assert lines[5] == "3.企业购置研发仪器设备的，按设备购置额的15%给予补助，每家最多补助80万元 （牵头部门：县科技局）"
    assert lines[-1] == "本措施自2026年3月1日起施行，由县科技局负责解释。"
    pdf, = read_path(DATA / "ruled_table.pdf")
    docx, = read_path(DATA / "ruled_table.docx")
    assert _awards(pdf) == _awards(docx) == [(1, "fixed", 300000, None, None), (2, "fixed", 200000, None, None),
                                             (3, "rate", None, 0.15, 800000), (4, "fixed", 20000, None, None)]
    assert [a.no for s in pdf.sections for a in s.articles] == [1, 2, 3, 4]
    # the 牵头部门 column: each row's responsible unit; the bureau written once for rows two and three (a merged cell,
    # in the PDF no rule between them, in the Word file <w:vMerge/>) holds for both
    assert [a.responsible for s in pdf.sections for a in s.articles] == [["县科技局"]] * 3 + [["县财政局"]]
    assert [a.responsible for s in docx.sections for a in s.articles] == [["县科技局"]] * 3 + [["县财政局"]]


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_ruled_table_on_a_turned_page_reads_as_upright(turn):
    pdf = (DATA / "ruled_table.pdf").read_bytes()
    assert read_bytes(_turned(pdf, turn), "a.pdf").text == read_bytes(pdf, "a.pdf").text


@pytest.mark.parametrize("name", ["long_table.pdf", "headed_table.pdf"])
def test_a_table_over_three_pages_is_one_table_its_unit_and_numbers_holding_on_every_page(name):
    # (headed_table.pdf: a running head and foot printed between the table's parts on every page; before, they parted
    # it into four tables, its unit and its numbers held on the first page only, a row broken over a page read as two)
    text = read_bytes((DATA / name).read_bytes(), "a.pdf").text
    lines = text.split("\n")
    # its heading row printed again on each page is read once; the note "单位：万元" over it holds on every page
    assert lines.count("序号 兑现事项 奖励金额 受理部门") == 1
    rows = [ln for ln in lines if ln[:1].isdigit()]
    assert len(rows) == 30 and [int(ln.split(".")[0]) for ln in rows] == list(range(1, 31))
    assert all(ln.endswith(("万元 （受理部门：区经信局）", "万元 （受理部门：区发改局）")) for ln in rows)
    # a row broken over the page's foot reads whole (its rest, with no number, joined to it)
    assert all("给予一次性奖励 " in ln for ln in rows)
    doc, = read_path(DATA / name)
    awards = _awards(doc)
    assert len(awards) == 30 and [a[0] for a in awards] == list(range(1, 31))
    assert [a[2] for a in awards] == [(5 + n % 7 * 5) * 10000 for n in range(1, 31)]
    # (the running head read once, over the first page, and the foot once, under the last)
    assert text.count("某某区经济和信息化局印制") == text.count("（公开版）") == (name == "headed_table.pdf")


def test_a_ruled_table_in_an_ofd_reads_cell_by_cell():
    # an OFD's table as converters draw it: each rule a PathObject, in millimetres
    def rule(x0, y0, x1, y1):
        return (f'<ofd:PathObject ID="9" Boundary="0 0 210 297" LineWidth="0.25">'
                f'<ofd:AbbreviatedData>M {x0} {y0} L {x1} {y1}</ofd:AbbreviatedData></ofd:PathObject>')

    def cell(x, y, words):
        return _text(f'<ofd:TextCode X="0" Y="3" DeltaX="g {len(words) - 1} 3.5">{words}</ofd:TextCode>',
                     at=f"{x} {y} 100 5")

    body = _text('<ofd:TextCode X="0" Y="3">某某区关于支持企业发展的若干政策</ofd:TextCode>', at="20 10 170 5")
    body += "".join(rule(20, y, 140, y) for y in (30, 40, 60)) + "".join(rule(x, 30, x, 60) for x in (20, 30, 100, 140))
    body += cell(21, 32, "序号") + cell(31, 32, "支持内容") + cell(101, 32, "奖励（万元）")
    # (the second cell's text wraps: its first line runs to the rule on its right)
    body += cell(21, 42, "1") + cell(31, 42, "对新认定的国家级企业技术中心，给予一次") + cell(31, 47, "性奖励") + cell(101, 42, "50")
    body += _text('<ofd:TextCode X="0" Y="3">本政策自印发之日起执行。</ofd:TextCode>', at="20 65 170 5")
    lines = read_bytes(_ofd(body), "a.ofd").text.split("\n")
    assert lines == ["某某区关于支持企业发展的若干政策", "序号 支持内容 奖励（万元）",
                     "1.对新认定的国家级企业技术中心，给予一次性奖励 50万元", "本政策自印发之日起执行。"]


def test_a_table_without_rules_reads_by_its_columns_as_the_word_file_does():
    # the Word table of tests/data/sheets (no borders) printed by LibreOffice: its columns told by where text starts
    lines = read_bytes((DATA / "borderless_table.pdf").read_bytes(), "a.pdf").text.split("\n")
    # before: "1 对首次入选国家级 50 区经信局", then the second column's rest on lines of their own
    assert lines[2:6] == ["序号 支持事项 奖励标准（万元） 责任单位",
                          "1.对首次入选国家级专精特新“小巨人”名单的企业一次性奖励 50万元 （责任单位：区经信局）",
                          "2.对当年首次获高企认定的企业奖励 20万元 （责任单位：区科技局）",
                          "3.企业新建研发机构的，按其投资额的20%补助，单个不超过100万元 （责任单位：区科技局）"]
    pdf, = read_path(DATA / "borderless_table.pdf")
    docx, = read_path(DATA.parent / "sheets" / "table_policy.docx")
    assert _awards(pdf) == _awards(docx) and len(_awards(pdf)) == 3


# ---- what is no table ------------------------------------------------------------------------------------------

def _at(x, y, s, size=10.0):
    return [(y, x + size * k, ch, size, x + size * (k + 1)) for k, ch in enumerate(s)]


def test_a_frame_an_underline_and_rules_that_meet_nothing_are_no_table():
    glyphs = _at(10, 20, "关于某某的通知") + _at(10, 40, "正文第一行")
    # a frame around the page: one cell
    frame = ([(0.0, 0.0, 200.0), (100.0, 0.0, 200.0)], [(0.0, 0.0, 100.0), (200.0, 0.0, 100.0)])
    assert find_tables(glyphs, *frame) == ([], glyphs)
    # a rule under the title and a rule down the margin that do not meet
    assert find_tables(glyphs, [(25.0, 10.0, 80.0)], [(5.0, 30.0, 90.0)]) == ([], glyphs)
    # a box whose inner rule parts nothing (it stops short of the box's sides)
    inner = ([(0.0, 0.0, 200.0), (100.0, 0.0, 200.0), (50.0, 60.0, 140.0)], frame[1])
    assert find_tables(glyphs, *inner)[0] == []


def test_a_page_of_more_rules_than_any_table_is_read_as_lines():
    # a drawing (a map, a chart) of thousands of strokes: not searched for a table, read as before
    hs = [(float(y), 0.0, 500.0) for y in range(0, 3000)]
    vs = [(float(x), 0.0, 3000.0) for x in range(0, 2000)]
    glyphs = _at(10, 20, "奖励")
    assert find_tables(glyphs, hs, vs) == ([], glyphs)


def test_tables_side_by_side_down_a_whole_page_look_at_a_bounded_number_of_characters():
    # 200 narrow two-cell tables, each the page's height, over 20,000 characters: each table looks only at the
    # characters of its band, and past a bound the page's other characters are read as lines — none is lost
    hs = [(y, 10.0 * k, 10.0 * k + 8) for k in range(200) for y in (0.0, 24100.0)]
    vs = [(10.0 * k + dx, 0.0, 24100.0) for k in range(200) for dx in (0.0, 4.0, 8.0)]
    glyphs = [g for k in range(1, 2001) for g in _at(0, 12.0 * k, "奖励补助资金万元一次")]
    tables, rest = find_tables(glyphs, hs, vs)
    assert 0 < len(tables) < 200  # (the bound reached: the tables after it not looked for)
    kept = sum(len(line) for t in tables for row in t.rows for cell in row for line in cell)
    assert kept + sum(1 for g in rest if not g[2].isspace()) == len(glyphs)


def test_a_cell_holding_a_list_beside_another_reads_a_row_a_line():
    # one cell a column, items line by line (an invoice's, a list's): each line across is a row
    hs = [(0.0, 0.0, 300.0), (20.0, 0.0, 300.0), (80.0, 0.0, 300.0)]
    vs = [(0.0, 0.0, 80.0), (150.0, 0.0, 80.0), (300.0, 0.0, 80.0)]
    glyphs = _at(2, 15, "项目") + _at(152, 15, "金额")
    for k, (item, sum_) in enumerate((("办公设备", "12"), ("培训费用", "8"), ("差旅", "3"))):
        glyphs += _at(2, 35 + 15 * k, item) + _at(152, 35 + 15 * k, sum_)
    (table,), rest = find_tables(glyphs, hs, vs)
    assert rest == []
    assert pages_lines([[table]]) == ["项目 金额", "办公设备 12", "培训费用 8", "差旅 3"]


def test_pages_numbers_between_two_parts_of_a_table_do_not_part_it():
    heading = [["序号"], ["事项"], ["金额（万元）"]]
    first = Table(0, 100, [0.0, 20.0, 200.0, 260.0], 1.5, [heading, [["1"], ["对甲类项目给予奖励"], ["10"]]])
    second = Table(0, 100, [0.0, 20.0, 200.0, 260.0], 1.5, [heading, [["2"], ["对乙类项目给予奖励"], ["20"]]])
    assert pages_lines([[first, "— 1 —"], ["2", second, "— 2 —"]]) == [
        "序号 事项 金额（万元）", "1.对甲类项目给予奖励 10万元", "2.对乙类项目给予奖励 20万元", "— 1 —", "2", "— 2 —"]


# ---- nothing lost ---------------------------------------------------------------------------------------------

_RULE = st.tuples(st.floats(-50, 400), st.floats(-50, 400), st.floats(-50, 400))


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 30), st.text("奖励补助万元12%，", min_size=1, max_size=6)),
                      max_size=25, unique_by=lambda w: w[:2]),
       hs=st.lists(_RULE, max_size=12), vs=st.lists(_RULE, max_size=12))
def test_every_character_on_a_page_is_read_whatever_its_rules(words, hs, vs):
    glyphs = [g for x, y, w in words for g in _at(70.0 * x, 12.0 * y, w)]  # (words apart: none drawn over another)
    hs = [(a, min(b, c), max(b, c)) for a, b, c in hs]
    vs = [(a, min(b, c), max(b, c)) for a, b, c in vs]
    tables, rest = find_tables(glyphs, hs, vs)
    text = "".join(pages_lines([page_items(rest, None, tables, aligned_tables)]))
    # (a unit written into a cell may add characters; none is dropped)
    assert not Counter(g[2] for g in glyphs) - Counter(text)


def _pdf(content: bytes) -> bytes:
    """One page drawing `content` (text in Helvetica as /F1)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
               b"/Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    return pdf_of(objects)


def _words(*lines: tuple[float, float, str]) -> bytes:
    return b"".join(b"BT /F1 10 Tf %.1f %.1f Td (%s) Tj ET\n" % (x, y, w.encode()) for x, y, w in lines)


def test_a_pdf_table_drawn_as_cells_filled_and_stroked_reads_by_its_strokes_not_its_shading():
    # each cell's background a filled rectangle (a paragraph's shading, too, spans the page), the rules stroked
    # lines: the shading is no rule (a row of a shaded cell would split the cell beside it)
    shading = b"1 1 1 rg 50 700 150 40 re f 200 700 300 40 re f 50 600 450 100 re f\n"
    rules = b"".join(b"50 %d m 500 %d l S\n" % (y, y) for y in (740, 720, 700)) + \
        b"".join(b"%d 700 m %d 740 l S\n" % (x, x) for x in (50, 200, 500))
    text = _words((55, 725, "Item"), (205, 725, "Award"), (55, 705, "Prize A"), (205, 705, "50"), (55, 650, "Closing."))
    assert read_bytes(_pdf(shading + rules + text), "a.pdf").text.split("\n") == ["Item Award", "Prize A 50", "Closing."]


def test_a_pdf_of_many_thousand_strokes_reads_its_text():
    # a drawing of 30,000 short strokes and a grid of 150 by 150 rules around the text: read, as lines
    strokes = b"".join(b"%d %d m %d %d l S\n" % (k % 500, k // 60, k % 500 + 3, k // 60 + 2) for k in range(30000))
    grid = b"".join(b"0 %d m 595 %d l S\n" % (y * 5, y * 5) for y in range(150)) + \
        b"".join(b"%d 0 m %d 842 l S\n" % (x * 4, x * 4) for x in range(150))
    text = _words((60, 800, "Article one"), (60, 780, "Article two"))
    for content in (strokes + text, grid + text):
        lines = read_bytes(_pdf(content), "a.pdf").text.split("\n")
        assert "".join(lines).replace(" ", "") == "ArticleoneArticletwo"


# ---- real documents (tests/data/pdf_tables/README.md) ------------------------------------------------------------

def test_a_disclosure_reports_statutory_table_reads_a_row_a_line():
    lines = read_bytes((DATA / "hongze_disclosure_report_2023.pdf").read_bytes(), "a.pdf").text.split("\n")
    assert "信息内容 本年制发件数 本年废止件数 现行有效件数" in lines and "行政规范性文件 0 5 5" in lines
    # before: counts run together ("（一）予以公开 000000 0"), a cell's wrapped line on a line of its own, the merged
    # cell's vertical "三、本年度办理结果" spread over the rows beside it ("三3.危及…", "、")
    assert "三、本年度办理结果 （一）予以公开 0 0 0 0 0 0 0" in lines
    assert "（三）不予公开 1.属于国家秘密 1 0 0 0 0 0 1" in lines
    assert "6.属于四类过程性信息 1 0 0 0 0 0 1" in lines
    assert not any(ln in ("、", "三") or ln.startswith("三3.") for ln in lines)
    doc, = read_path(DATA / "hongze_disclosure_report_2023.pdf")
    assert (doc.title, doc.issuer, doc.region) == ("2023年政府信息公开工作年度报告", "淮安市洪泽区人民政府", "江苏省淮安市洪泽区")


def test_a_budgets_tables_over_several_pages_read_their_rows_whole():
    lines = read_bytes((DATA / "wanli_street_budget_2025.pdf").read_bytes(), "a.pdf").text.split("\n")
    assert "208 05 05 机关事业单位基本养老保险缴费支出 4,827,156 4,827,156 0 0 0" in lines
    # a table over five pages: its heading row, printed on each, read once; a page of only its 合计 row joins it
    k = lines.index("2025年部门一般公共预算支出功能分类预算表")
    end = lines.index("2025年部门政府性基金预算支出功能分类预算表")
    assert lines[k:end].count("项目 一般公共预算支出") == 1
    spent = lines.index("2025年部门支出预算总表")
    total = next(i for i in range(spent, len(lines)) if lines[i].startswith("合计 "))
    assert lines[total] == "合计 189,767,551 101,341,746 88,425,805" and lines[total - 1].startswith("221 03 99 ")


_NUMBER = st.one_of(st.floats(-1e6, 1e6, allow_nan=False), st.sampled_from([0.0, 1e30, -1e30, 3.4e38]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["m", "l", "re", "S", "f", "B", "h", "cm", "w"]),
                          st.lists(_NUMBER, min_size=0, max_size=6)), max_size=60))
def test_a_pdf_of_random_drawing_reads_its_text(ops):
    # drawing operators with any numbers (too few, huge, a matrix that flattens the drawing), then a line of text
    content = b"\n".join(b" ".join(b"%.3f" % v for v in args) + b" " + op.encode() for op, args in ops)
    text = read_bytes(_pdf(b"q\n" + content + b"\nQ\n" + _words((60, 800, "Prize A 50"))), "a.pdf").text
    assert "PrizeA50" in text.replace(" ", "")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text("MLSCQBA 0123456789.-e", max_size=40), max_size=20),
       st.sampled_from(["", 'Stroke="false"', 'Fill="true" Stroke="false"']),
       st.text("0123456789 .-", max_size=20))
def test_an_ofd_of_random_paths_reads_its_text(paths, mode, boundary):
    body = "".join(f'<ofd:PathObject ID="9" Boundary="{boundary}" {mode}><ofd:AbbreviatedData>{p}</ofd:AbbreviatedData>'
                   "</ofd:PathObject>" for p in paths)
    body += _text('<ofd:TextCode X="0" Y="3">第一条 给予奖励</ofd:TextCode>')
    assert "给予奖励" in read_bytes(_ofd(body), "a.ofd").text


def test_prose_and_a_page_of_two_runs_a_line_are_no_table_without_rules():
    from zhengce.reading.placed_text import baselines

    # articles with a gap after their numbers ("第一条　…", a space the writer left undrawn): two runs a line
    articles = [g for k in range(6) for g in _at(0, 20 * k, "第一条") + _at(42, 20 * k, "对新认定的企业给予奖励")]
    assert aligned_tables(baselines(articles)) == []
    # three runs on a line, but the next lines run across the columns (prose after a field line)
    fields = _at(0, 0, "索引号") + _at(60, 0, "某某") + _at(120, 0, "发布日期")
    prose = [g for k in range(1, 4) for g in _at(0, 20 * k, "为加快推动企业创新发展，结合本地实际，制定本政策。")]
    assert aligned_tables(baselines(fields + prose)) == []
    # a table: two lines of three runs at the same places, a cell's rest under its column
    table = _at(0, 0, "序号") + _at(40, 0, "事项") + _at(200, 0, "金额") + _at(0, 20, "1") + _at(40, 20, "对甲类项目给予") \
        + _at(200, 20, "10") + _at(40, 40, "一次性奖励") + _at(0, 60, "本政策自印发之日起执行。")
    (start, end, found), = aligned_tables(baselines(table))
    assert (start, end) == (0, 3) and found.rows == [[["序号"], ["事项"], ["金额"]], [["1"], ["对甲类项目给予", "一次性奖励"], ["10"]]]


def test_a_table_without_numbers_joins_its_rows_broken_over_a_page_and_takes_its_unit():
    # no 序号 column: the heading row is told by its short names, one naming money ("奖励金额", "单位：万元" over the
    # table), and a row broken over the page by its empty cells where every row above has something
    lines = read_bytes((DATA / "unnumbered_table.pdf").read_bytes(), "a.pdf").text.split("\n")
    rows = [ln for ln in lines if ln.startswith("对当年")]
    assert len(rows) == 30 and all(ln.endswith(("万元 （受理部门：区经信局）", "万元 （受理部门：区发改局）")) for ln in rows)
    assert all("经审核符合条件的，给予一次性奖励 " in ln for ln in rows)


def test_a_row_with_an_empty_cell_atop_a_page_is_not_joined_unless_every_row_above_fills_that_cell():
    heading = [["事项"], ["金额（万元）"], ["部门"]]
    cols = [0.0, 200.0, 260.0, 320.0]
    body = [[[f"对新认定的第{k}类市级重点项目给予奖励"], ["10"], ["区科技局"]] for k in range(1, 4)]
    later = [["对第4类项目按投资额的10%给予补助"], [], ["区科技局"]]  # (states its own rate: no sum)
    first, second = Table(0, 100, cols, 1.5, [heading, *body]), Table(0, 100, cols, 1.5, [heading, later])
    assert pages_lines([[first], [second]])[-1] == "对第4类项目按投资额的10%给予补助 区科技局"
    gapped = [[["对新认定的第1类市级重点项目给予奖励"], [], ["区科技局"]], *body[1:]]  # (a row above without a sum)
    first, second = Table(0, 100, cols, 1.5, [heading, *gapped]), Table(0, 100, cols, 1.5, [heading, later])
    assert pages_lines([[first], [second]])[-1] == "对第4类项目按投资额的10%给予补助 区科技局"
    # (the rest of a row's long text alone, its sum and bureau said on the page before: one row)
    rest = [["重点项目给予奖励"], [], []]
    cut = [*body[:-1], [["对新认定的第3类市级"], ["10"], ["区科技局"]]]
    first, second = Table(0, 100, cols, 1.5, [heading, *cut]), Table(0, 100, cols, 1.5, [heading, rest])
    assert pages_lines([[first], [second]])[-1] == "对新认定的第3类市级重点项目给予奖励 10万元 区科技局"
