"""OFD files (版式文档, GB/T 33190) as other programs write them — a 公文 converter, an invoice platform, a
layout converter from PDF (tests/data/ofd/README.md) — and hostile ones: the text comes out in reading order
whatever units, matrices (CTM), composite objects and template pages the writer used; a damaged or hostile
file gives a one-line Chinese error, never a traceback or a run-away."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from zhengce.errors import InputError
from zhengce.reading import read_path
from zhengce.reading.readers import read_bytes

DATA = Path(__file__).resolve().parents[1] / "data" / "ofd"


def _lines(name: str) -> list[str]:
    return read_bytes((DATA / name).read_bytes(), name).text.split("\n")


def test_a_reply_as_an_office_prints_it_reads_as_a_document():
    lines = _lines("reply.ofd")
    assert lines[:3] == ["测试符路桥区卫生局文件", "路卫发〔2011〕76号", "关于同意张阿三同志辞职的批复"]
    assert "— 1 —" in lines  # (its page number a line of its own, as on paper)
    doc, = read_path(DATA / "reply.ofd")
    assert (doc.doc_number, doc.title, doc.region) == ("路卫发〔2011〕76号", "关于同意张阿三同志辞职的批复", "台州市路桥区")


def test_a_letter_set_character_by_character_reads_line_by_line():
    lines = _lines("letter.ofd")
    assert lines[0] == "关于加快南货场铁路涵洞下穿建设的函"
    assert lines[2].startswith("根据我市2023年房地产用地供应计划") and lines[-1] == "2023年7月12日"


def test_an_invoice_reads_its_template_page_with_the_page():
    lines = _lines("invoice_template.ofd")
    # the labels are drawn on the template page, the values on the page: one line each, label before value
    assert lines[0] == "重庆增值税电子普通发票 发票代码：050001700111"
    assert "开票日期：2020年10月10日" in lines
    # its table drawn with rules: a cell read whole, the buyer's fields before the 密码区 beside them (before, the
    # lines ran across both: "纳税人识别号：… +8*-62/…"); the items, one list a column in one cell each, read a row
    # an item, under their headings
    buyer = next(ln for ln in lines if ln.startswith("购买方 "))
    assert "名 称：科游迈利有限公司 纳税人识别号：9150010807MGZHI002" in buyer and buyer.index("名 称") < buyer.index("密码区")
    assert lines.count("*餐饮服务*餐费 次 4 25 100.00 6% 6.00") == 3
    assert "项目名称 规格型号 单位 数量 单价 金额 税率 税额" in lines


def test_text_drawn_through_composite_objects_is_read():
    # every word a CompositeObject placing a unit of DocumentRes.xml, its text of size 1 scaled by two
    # matrices: before, the file read as "no text (a scan?)"
    lines = _lines("composite_pages.ofd")
    assert lines[0] == "专题·数字档案室建设与实践"
    assert lines[1].startswith("数字档案室建设是《关于加强和改进新形势下档案工作的意见》")
    assert lines[1].endswith("作出的") and lines[2].startswith("重要部署")  # (lines as the page sets them)


def test_text_in_points_scaled_by_its_matrix_reads_in_lines():
    assert _lines("scaled_cover.ofd") == ["信息系统密码应用测评要求", "中国密码学会密评联委会", "二〇二〇年十二月"]


_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _ofd(content: str, res: str = "", template: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("OFD.xml", f"<ofd:OFD {_NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        common = ("<ofd:DocumentRes>Res.xml</ofd:DocumentRes>" if res else "") + \
            ('<ofd:TemplatePage ID="9" BaseLoc="Tpl.xml"/>' if template else "")
        z.writestr("Doc_0/Document.xml", f"<ofd:Document {_NS}><ofd:CommonData>{common}</ofd:CommonData>"
                                         '<ofd:Pages><ofd:Page ID="1" BaseLoc="Page.xml"/></ofd:Pages></ofd:Document>')
        use = '<ofd:Template TemplateID="9"/>' if template else ""
        z.writestr("Doc_0/Page.xml", f"<ofd:Page {_NS}>{use}<ofd:Content><ofd:Layer>{content}</ofd:Layer></ofd:Content></ofd:Page>")
        if res:
            z.writestr("Doc_0/Res.xml", f"<ofd:Res {_NS}><ofd:CompositeGraphicUnits>{res}</ofd:CompositeGraphicUnits></ofd:Res>")
        if template:
            z.writestr("Doc_0/Tpl.xml", f"<ofd:Page {_NS}><ofd:Content><ofd:Layer>{template}</ofd:Layer></ofd:Content></ofd:Page>")
    return buf.getvalue()


def _text(obj: str, at: str = "10 10 100 5", ctm: str = "", size: str = "3.5") -> str:
    return f'<ofd:TextObject ID="1" Boundary="{at}" {ctm} Size="{size}">{obj}</ofd:TextObject>'


def test_advances_written_g_n_v_and_codes_that_go_on_where_the_last_ended():
    body = _text('<ofd:TextCode X="0" Y="3" DeltaX="g 3 3.5">第一条</ofd:TextCode>'
                 '<ofd:TextCode DeltaX="3.5">奖励</ofd:TextCode>'  # (no X, Y: on after the code before)
                 '<ofd:TextCode X="0" Y="12">第二条</ofd:TextCode>')
    assert read_bytes(_ofd(body), "x.ofd").text == "第一条奖励\n第二条"


def test_words_drawn_twice_on_themselves_are_read_once():
    # bold faked by drawing the same words again a hair to the right
    body = _text('<ofd:TextCode X="0" Y="3">给予奖励</ofd:TextCode>', at="10 10 100 5") + \
        _text('<ofd:TextCode X="0" Y="3">给予奖励</ofd:TextCode>', at="10.2 10 100 5")
    assert read_bytes(_ofd(body), "x.ofd").text == "给予奖励"


@pytest.mark.parametrize("content, res", [
    # a composite unit drawing itself, again and again
    ('<ofd:CompositeObject ID="2" ResourceID="7" Boundary="0 0 10 10"/>',
     '<ofd:CompositeGraphicUnit ID="7"><ofd:Content><ofd:CompositeObject ID="3" ResourceID="7" Boundary="0 0 10 10"/>'
     '<ofd:CompositeObject ID="4" ResourceID="7" Boundary="0 5 10 10"/>'
     + _text('<ofd:TextCode X="0" Y="3">字</ofd:TextCode>') + "</ofd:Content></ofd:CompositeGraphicUnit>"),
    # a composite unit drawing itself fifty times at each of its levels: 50⁸ placements, no text
    ('<ofd:CompositeObject ID="2" ResourceID="7" Boundary="0 0 10 10"/>',
     '<ofd:CompositeGraphicUnit ID="7"><ofd:Content>'
     + "".join(f'<ofd:CompositeObject ID="{k}" ResourceID="7" Boundary="0 0 10 10"/>' for k in range(3, 53))
     + "</ofd:Content></ofd:CompositeGraphicUnit>"),
    # advances that claim billions of characters
    (_text('<ofd:TextCode X="0" Y="3" DeltaX="g 999999999999 3.5">奖励</ofd:TextCode>'), ""),
    # a matrix of nothing, one of infinities, one of zeros
    (_text('<ofd:TextCode X="0" Y="3">奖励</ofd:TextCode>', ctm='CTM="nan nan nan nan nan nan"'), ""),
    (_text('<ofd:TextCode X="0" Y="3">奖励</ofd:TextCode>', ctm='CTM="1e308 0 0 1e308 1e308 1e308"'), ""),
    (_text('<ofd:TextCode X="0" Y="3">奖励</ofd:TextCode>', ctm='CTM="0 0 0 0 0 0"', size="0"), ""),
    # a composite object whose unit is not there
    ('<ofd:CompositeObject ID="2" ResourceID="404" Boundary="0 0 10 10"/>' + _text('<ofd:TextCode X="0" Y="3">奖励</ofd:TextCode>'), ""),
])
def test_hostile_drawings_end_in_text_or_one_line(tmp_path, content, res):
    f = tmp_path / "x.ofd"
    f.write_bytes(_ofd(content, res))
    try:
        text = read_bytes(f.read_bytes(), "x.ofd").text
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("x.ofd")
    else:
        assert len(text) < 10_000_000


def test_a_template_page_prints_under_the_page():
    body = _text('<ofd:TextCode X="0" Y="3">正文第一行</ofd:TextCode>', at="10 40 100 5")
    head = _text('<ofd:TextCode X="0" Y="3">某某县人民政府文件</ofd:TextCode>', at="10 10 100 5")
    assert read_bytes(_ofd(body, template=head), "x.ofd").text == "某某县人民政府文件\n正文第一行"
