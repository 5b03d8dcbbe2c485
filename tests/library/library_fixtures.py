"""Hand-built readings (the reading layer's model) for the library tests."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from zhengce.reading.model import Article, Document, Section


@dataclass
class Prov:
    """Stands in for a provisions-layer object: only to_json() is relied upon."""

    data: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return dict(self.data)


def build_doc(doc_id: str, *, title: str, region: str, year: int, status: str = "final", kind: str = "policy",
              level: str = "district", sections: list[tuple[str, list[str], list[tuple[str, str, list[str]]]]],
              provisions: dict[int, list[dict[str, Any]]] | None = None, points: list[str] | None = None
              ) -> Document:
    """sections: [(title, lead, [(heading, body, responsible), ...]), ...]; articles numbered per document.
    provisions: article no → provision dicts (attached to that article)."""
    original_parts, secs, pos, no = [], [], 0, 0
    for k, (stitle, lead, arts) in enumerate(sections, 1):
        sec_text = f"{k}、{stitle}\n"
        sec = Section(id=f"{doc_id}/s{k}", no=k, label=f"{k}、", title=stitle, lead=lead, budget_yuan=None,
                      intro="", span=(pos, 0))
        original_parts.append(sec_text)
        pos += len(sec_text)
        for heading, body, resp in arts:
            no += 1
            text = f"({no}){heading}。{body}"
            art = Article(id=f"{doc_id}/s{k}/a{no}", no=no, label=f"({no})", heading=heading, responsible=resp,
                          text=text, span=(pos, pos + len(text)), section_no=k)
            for p in (provisions or {}).get(no, []):
                art.provisions.append(Prov({"article": no, **p}))
            sec.articles.append(art)
            original_parts.append(text + "\n")
            pos += len(text) + 1
        sec.span = (sec.span[0], pos)
        secs.append(sec)
    pts = []
    for i, p in enumerate(points or [], 1):
        pts.append({"id": f"{doc_id}/p{i}", "no": i, "label": f"{i}.", "text": p, "span": [pos, pos + len(p)]})
        original_parts.append(p + "\n")
        pos += len(p) + 1
    original = "".join(original_parts)
    doc = Document(id=doc_id, source=doc_id.split("/")[0] + ".txt", index=int(doc_id.rsplit("d", 1)[1]),
                   span=(0, len(original)), title=title, region=region, level=level, year=year, status=status,
                   kind=kind, sections=secs, points=pts, text=original,
                   content_hash=hashlib.sha256(original.encode()).hexdigest())
    doc.provisions = [p for a in doc.articles for p in a.provisions]
    return doc


TECH = ("高水平打造科技创新高地", ["区科技局"], [
    ("加强创新平台建设", "对新认定的省级重点实验室,给予最高500万元奖励。", ["区科技局", "区财政局"]),
    ("强化企业创新主体地位", "对新认定的高新技术企业给予最高200万元奖励;对专精特新企业给予50万元奖励。", ["区科技局"]),
    ("支持技术攻关", "单个项目最高补助500万元。", ["区科技局"]),
])
TALENT = ("加快人才集聚", ["区人才办"], [
    ("支持人才安居", "给予人才住房补贴每人每年3万元。", ["区人才办", "区住建局"]),
    ("引进高层次人才", "给予顶尖人才团队最高1亿元项目资助。", ["区人才办"]),
])


def yuhang_doc(doc_id: str = "t1_aaaa/d1", *, year: int = 2025, status: str = "final") -> Document:
    return build_doc(doc_id, title="关于推动经济高质量发展的若干政策", region="杭州市余杭区", year=year,
                     status=status, sections=[TECH, TALENT], provisions={
                         1: [{"kind": "incentive", "quote": "給予最高500萬元獎勵", "amount_yuan": 5000000,
                              "beneficiary": "enterprise", "trigger": "新认定的省级重点实验室"}],
                         2: [{"kind": "incentive", "quote": "給予最高200萬元獎勵", "amount_yuan": 2000000,
                              "beneficiary": "enterprise", "trigger": "新认定的高新技术企业"},
                             {"kind": "incentive", "quote": "給予50萬元獎勵", "amount_yuan": 500000,
                              "beneficiary": "enterprise", "trigger": "专精特新企业"}],
                         4: [{"kind": "incentive", "quote": "每人每年3萬元", "amount_yuan": 30000,
                              "rate": "0.3", "beneficiary": "individual", "trigger": "人才住房"}],
                     })
