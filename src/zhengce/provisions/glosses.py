"""Parts of a sentence that restate or illustrate money rather than grant it: a project's cost estimate in
brackets, a worked example of what an award comes to."""
import re

# "(投资测算:每株N元,其中财政补M元…)": a project's costs itemised in brackets, each share
# of them a line of the estimate, not an award of its own
_COST_BRACKET = re.compile(r"[((]\s*(?:项目)?(?:投资|建设|资金|成本)?(?:概算|测算|估算|预算明细|构成)"
                           # ("每吨N元(自治区补贴A元、盟市补贴B元)": the sum before, split between governments)
                           r"|(?<=[元%])[((]\s*(?:其中[,,]?\s*)?(?:中央|自治区|省|市|县|区|盟市|旗县|县区|县市区|乡镇)级?(?:财政)?"
                           r"(?:补贴|补助|承担|负担|出资|奖补)\s*[\d.]"
                           # ("每户奖励N万元,省市县分别奖励A元、B元和C元": the sum just stated, split between levels)
                           r"|(?<=元)[,,]\s*(?:由)?(?:中央|省|市|县|区)(?:[、和]?(?:省|市|县|区)){1,3}(?:三级|两级)?(?:财政)?(?:分别|各)"
                           r"(?:奖励|补助|补贴|承担|负担|出资)")
_CLOSE_BRACKET = re.compile(r"[))]")


def cost_breakdowns(sent: str) -> list[tuple[int, int]]:
    """The spans of a sentence's bracketed cost estimates (to its closing bracket, or the sentence's end)."""
    out = []
    for m in _COST_BRACKET.finditer(sent):
        close = _CLOSE_BRACKET.search(sent, m.end())
        out.append((m.start(), close.end() if close else len(sent)))
    return out


# "按6个月测算,补贴A元/人月×6月+B元/人=C元/人": a worked example — the sums multiplied and the total they
# come to illustrate an award stated elsewhere, none is one of its own
_SUM = r"[\d.]+\s*[万亿]?元(?:\s*/\s*[\u4e00-\u9fff]{1,3})*"
# (each factor an atomic group: "1元" is both a sum and a count, and trying both would be exponential)
_WORKED = re.compile(_SUM + r"(?:\s*[×xX*＊+]\s*(?>" + _SUM + r"|[\d./]+\s*[\u4e00-\u9fff]{0,2}(?:\s*/\s*[\u4e00-\u9fff]{1,3})?))+"
                     r"\s*[=＝]\s*" + _SUM)


def worked_examples(sent: str) -> list[tuple[int, int]]:
    """The spans of a sentence's worked sums, from the clause's start (its lead, "按…测算,某某补贴") to the total."""
    out = []
    for m in _WORKED.finditer(sent):
        lead = max(sent.rfind(c, 0, m.start()) for c in ",,;;。:") + 1
        out.append((lead, m.end()))
    return out
