"""Write embedded_sheet.odt here: a short text in our own words with a sheet (a list of awards) embedded as an object
in its second paragraph, as LibreOffice keeps it ("Object 1/content.xml" in the package); then, in this folder, have
LibreOffice save it as Word 97 and as .docx, which embed the same sheet as Excel does (an ObjectPool storage with a
"Workbook" stream; word/embeddings/oleObject1.xlsx):

    python make_embedded.py
    soffice --headless --convert-to doc embedded_sheet.odt
    soffice --headless --convert-to docx embedded_sheet.odt"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')
PARAGRAPHS = ["某某县关于支持企业发展的若干措施", "支持事项见下表：", "本措施自发布之日起施行。"]
ROWS = [["序号", "事项", "奖励（万元）", "牵头部门"], ["1", "对新认定的智能工厂给予奖励", "50", "县经信局"],
        ["2", "对新认定的数字化车间给予奖励", "20", "县经信局"]]


def _cell(v: str) -> str:
    if v.isdigit():
        return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'


def main() -> None:
    rows = "".join("<table:table-row>" + "".join(_cell(v) for v in r) + "</table:table-row>" for r in ROWS)
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:spreadsheet>'
             f'<table:table table:name="Sheet1">{rows}</table:table></office:spreadsheet></office:body>'
             "</office:document-content>")
    frame = ('<draw:frame draw:name="表1" text:anchor-type="as-char" svg:width="14cm" svg:height="3cm">'
             '<draw:object xlink:href="./Object 1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
             "</draw:frame>")
    body = "".join(f"<text:p>{escape(p)}{frame if k == 1 else ''}</text:p>" for k, p in enumerate(PARAGRAPHS))
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:text>{body}'
               "</office:text></office:body></office:document-content>")
    entries = [("/", "application/vnd.oasis.opendocument.text"), ("content.xml", "text/xml"),
               ("Object 1/", "application/vnd.oasis.opendocument.spreadsheet"), ("Object 1/content.xml", "text/xml")]
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                + "".join(f'<manifest:file-entry manifest:full-path="{p}" manifest:media-type="{t}"/>' for p, t in entries)
                + "</manifest:manifest>")
    with zipfile.ZipFile(Path(__file__).with_name("embedded_sheet.odt"), "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("Object 1/content.xml", sheet)
        z.writestr("META-INF/manifest.xml", manifest)


if __name__ == "__main__":
    main()
