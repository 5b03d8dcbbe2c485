"""Write the Word files the PDFs here are printed from (python-docx), in our own words; then, in this folder:

    soffice --headless --convert-to pdf ruled_table.docx long_table.docx headed_table.docx unnumbered_table.docx"""
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

ROWS = [
    ("序号", "支持内容", "奖励标准（万元）", "牵头部门"),
    ("1", "对当年新晋升为高新技术企业的，给予一次性奖励", "30", "县科技局"),
    ("2", "对新获批建设的省级企业研究开发中心，给予一次性奖励", "20", "县科技局"),
    ("3", "企业购置研发仪器设备的，按设备购置额的15%给予补助，每家最多补助80万元", "", ""),
    ("4", "对入选省科技型中小企业名单的企业，每家奖励", "2", "县财政局"),
]


def ruled_table() -> None:
    doc = Document()
    doc.add_paragraph("某某县关于加快培育科技型企业的若干措施")
    doc.add_paragraph("为培育壮大科技型企业队伍，结合本县实际，制定以下措施。支持事项见下表：")
    table = doc.add_table(rows=len(ROWS), cols=4)
    table.style = "Table Grid"
    for row, values in zip(table.rows, ROWS):
        for cell, value in zip(row.cells, values):
            cell.text = value
    table.cell(2, 3).merge(table.cell(3, 3))  # (one bureau written once for two rows)
    doc.add_paragraph("本措施自2026年3月1日起施行，由县科技局负责解释。")
    doc.save("ruled_table.docx")


def long_table() -> None:
    _list_table("long_table.docx", numbered=True)


def unnumbered_table() -> None:
    """The long table without its 序号 column: rows told apart by nothing but their rules, two broken over a page."""
    _list_table("unnumbered_table.docx", numbered=False)


def _list_table(name: str, numbered: bool) -> None:
    doc = Document()
    doc.add_paragraph("某某市某某区2026年惠企政策兑现事项清单")
    doc.add_paragraph("单位：万元")
    heading = ("序号",) * numbered + ("兑现事项", "奖励金额", "受理部门")
    table = doc.add_table(rows=1, cols=len(heading))
    table.style = "Table Grid"
    for cell, value in zip(table.rows[0].cells, heading):
        cell.text = value
    mark = OxmlElement("w:tblHeader")  # (the heading row printed again at the top of every page)
    table.rows[0]._tr.get_or_add_trPr().append(mark)
    kinds = ("示范工厂", "服务型制造平台", "工业设计中心", "首台套装备", "绿色低碳工厂", "数字化车间")
    for n in range(1, 31):
        values = (str(n),) * numbered + (f"对当年新评定的第{n}批市级{kinds[n % len(kinds)]}项目，经审核符合条件的，给予一次性奖励",
                                           str(5 + n % 7 * 5), "区经信局" if n % 2 else "区发改局")
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value
    doc.add_paragraph("以上事项按年度集中受理。")
    doc.save(name)


def headed_table() -> None:
    """The long table under a running head and over a running foot, printed on every page."""
    long_table()
    doc = Document("long_table.docx")
    doc.sections[0].header.paragraphs[0].text = "某某区2026年惠企政策兑现事项清单（公开版）"
    doc.sections[0].footer.paragraphs[0].text = "某某区经济和信息化局印制"
    doc.save("headed_table.docx")


if __name__ == "__main__":
    ruled_table()
    long_table()
    headed_table()
    unnumbered_table()
