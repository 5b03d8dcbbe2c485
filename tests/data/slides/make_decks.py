"""Write the 政策解读 deck here as a .pptx, part by part (tests/reading/made_slides.py), in our own words; then, in this
folder, have LibreOffice save it as OpenDocument and save that again as PowerPoint, so the tests read a deck as each
office suite writes it:

    python make_decks.py
    soffice --headless --convert-to odp explained_deck.pptx
    mkdir -p lo && soffice --headless --convert-to pptx --outdir lo explained_deck.odp && mv lo/explained_deck.pptx explained_deck_lo.pptx
    soffice --headless --convert-to odp sheet_deck.pptx
    soffice --headless --convert-to ppt explained_deck.pptx numbered_deck.pptx
    python make_decks.py --repack explained_deck.ppt && python make_decks.py --repack numbered_deck.ppt

(the last keeps only the .ppt's two PowerPoint streams: LibreOffice also writes a 600 KB preview image into it)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "reading"))
from made_slides import Deck, ole_file  # noqa: E402

SLIDES = [
    [("title", "某某县关于支持制造业提质增效若干政策解读"),
     ("box", ["某某县经济和信息化局", "2026年3月"], (3000000, 500000))],
    # (the body written before the title, as a deck edited slide by slide may be: the layout puts the title on top)
    [("body", [("对当年设备投入超过800万元的技改项目，按设备投入的12%给予补助，最高不超过200万元。（责任单位：县经信局）",
                0, "arabicPeriod"),
               ("对新认定的省级智能工厂，一次性奖励60万元。（责任单位：县经信局）", 0, "arabicPeriod")]),
     ("title", "一、支持企业技术改造"), ("footer", "某某县经信局"), ("sldNum", "2"), ("notes", "讲解时说明申报流程")],
    [("title", "二、支持企业研发创新"),
     ("table", [["序号", "支持事项", "奖励金额（万元）", "牵头部门"],
                ["1", "新认定的国家级企业技术中心", "100", "县科技局"],
                ["2", "新认定的省级企业研究院", "50", "^"]], (1500000, 500000))],
]


# lists numbered in the ways PowerPoint offers, levels under levels, a list started again after a plain line
NUMBERED = [
    [("title", "三、申报要求"),
     ("body", [("申报主体", 0, "ea1ChsPeriod"), ("在本县注册的企业", 1, "arabicParenBoth"),
               ("上年度无重大违法记录", 1, "arabicParenBoth"), ("申报材料", 0, "ea1ChsPeriod"),
               ("申请表", 1, "circleNumDbPlain"), ("财务报表", 1, "circleNumDbPlain"), ("以上材料一式两份。", 0, None),
               ("网上填报", 0, "arabicPeriod:3"), ("纸质报送", 0, "arabicPeriod:3")], (1500000, 500000))],
]


def sheet_deck() -> Deck:
    """A slide holding an Excel sheet embedded as an object (LibreOffice keeps it whole in the .odp, "Obj…")."""
    from made_sheets import workbook

    sheet = workbook(lambda wb: [wb.active.append(r) for r in (["序号", "支持事项", "奖励（万元）"],
                                                               [1, "对新获评县级科技小巨人的企业给予奖励", 30])])
    return Deck().add(("title", "三、支持标准"), ("sheet", sheet, (1500000, 500000)),
                      ("box", ["以上为单项最高额度"], (5000000, 500000)))


def deck() -> Deck:
    d = Deck()
    for shapes in SLIDES:
        d.add(*shapes)
    return d


def repack(path: Path) -> None:
    import olefile

    with olefile.OleFileIO(str(path)) as ole:
        streams = {n: ole.openstream(n).read() for n in ("PowerPoint Document", "Current User")}
    path.write_bytes(ole_file(streams))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--repack"]:
        repack(Path(sys.argv[2]))
    else:
        Path(__file__).with_name("explained_deck.pptx").write_bytes(deck().pptx())
        numbered = Deck()
        for shapes in NUMBERED:
            numbered.add(*shapes)
        Path(__file__).with_name("numbered_deck.pptx").write_bytes(numbered.pptx())
        Path(__file__).with_name("sheet_deck.pptx").write_bytes(sheet_deck().pptx())
