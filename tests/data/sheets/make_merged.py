"""Write the tables with merged cells here (python-docx, openpyxl), in our own words; then, in this folder:

    soffice --headless --convert-to doc merged_table.docx
    soffice --headless --convert-to rtf merged_table.docx
    soffice --headless --convert-to xls merged_list.xlsx"""
import openpyxl
from docx import Document

TITLE = "某某县2026年惠企政策兑现清单"
HEAD = ("类别", "序号", "兑现事项", "奖励金额（万元）", "牵头部门")
ROWS = [
    ("科技创新", "1", "对当年新晋升为高新技术企业的，给予一次性奖励", "30", "县科技局"),
    ("", "2", "对新获批建设的省级企业研究开发中心，给予一次性奖励", "20", ""),
    ("", "3", "对新入选市级创新型中小企业名单的，每家奖励", "2", ""),
    ("人才引进", "4", "对新引进的全职博士，给予安家补贴", "10", "县人社局"),
    ("", "5", "对新引进的全职硕士，给予安家补贴", "3", ""),
]
# (first row, last row) of the rows merged in the group's column and the bureau's, counting the rows above as 0
MERGES = [(1, 3), (4, 5)]


def merged_table() -> None:
    doc = Document()
    doc.add_paragraph(TITLE)
    table = doc.add_table(rows=len(ROWS) + 1, cols=len(HEAD))
    table.style = "Table Grid"
    for row, values in zip(table.rows, [HEAD, *ROWS]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    for top, bottom in MERGES:
        for col in (0, 4):
            table.cell(top, col).merge(table.cell(bottom, col))
    doc.add_paragraph("以上事项按年度集中受理。")
    doc.save("merged_table.docx")


def merged_list() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = TITLE
    sheet.merge_cells("A1:E1")
    for r, values in enumerate([HEAD, *ROWS], 2):
        for c, value in enumerate(values, 1):
            if value:
                sheet.cell(r, c, int(value) if value.isdigit() else value)
    for top, bottom in MERGES:
        for col in "AE":
            sheet.merge_cells(f"{col}{top + 2}:{col}{bottom + 2}")
    book.save("merged_list.xlsx")


if __name__ == "__main__":
    merged_table()
    merged_list()
