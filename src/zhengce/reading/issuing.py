"""Who issued a document, when, and under which 文号: covering notice, labelled page fields,
signature, a report's lead — each tried in the order a reader trusts it.
"""

from __future__ import annotations

from zhengce import rx as re
from zhengce.reading import metadata as meta
from zhengce.reading.fields import ISO_DATE_RE
from zhengce.reading.header import cover_title
from zhengce.reading.leads import ISSUED_BY_RE, LEAD_ISSUER_RE, lead_bodies
from zhengce.reading.model import Document
from zhengce.reading.signature import (BODY_RE, DATE_RE, date_before_attachments, field_body, inner_signature,
                                       joint_signers, tail_signature)
from zhengce.reading.split import Chunk


def field_date(head, name: str) -> str | None:
    value = head.fields.get(name) if head is not None else None
    m = ISO_DATE_RE.search(value or "") or DATE_RE.search(value or "")
    return meta.iso(*m.groups()) if m else None


def published(head, partial: bool = False) -> str | None:
    found = field_date(head, "published")
    if found is None and partial and head is not None:
        # (a posting time cut after its month, "上传时间:2023-04", still tells the year)
        m = re.match(r"\s*((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}", head.fields.get("published") or "")
        found = f"{m.group(1)}-01-01" if m else None
    return found


def _reported_issuers(bodies: str, before: str) -> str:
    """The bodies a report's lead names as issuing, joined with 、 ("某市发改委联合该市财政局印发": two bodies
    together; a party committee is 中共's: "某县委" → "中共某县委")."""
    return "、".join(("中共" + u) if re.fullmatch(r"[\u4e00-\u9fff]{2,12}[市县区]委", u) else u
                    for u in re.split(r"、|(?<=[委局厅办会])(?:联合|与|会同)", lead_bodies(bodies, before)))


_SHORT_JOINT = re.compile(r"(?<![\u4e00-\u9fff])(?:[区县市][\u4e00-\u9fff]{2,14}?(?:局|处|委员会|办公室|中心)\s*){2,8}(?=\d{4}年\d{1,2}月\d{1,2}日)")


def issuer_and_dates(doc: Document, chunk: Chunk, head, head_lines: list[str], head_text: str,
                      title: str | None, texts: list[str]) -> None:
    """Issuer, date of issue and 文号: covering notice, labelled page fields, signature."""
    issuer_sig, issued = meta.signature(head_lines)
    fields = head.fields if head is not None else {}
    issuer = None
    if head is not None and head.cover_issuers:
        issuer = head.cover_issuers[0]
    for t in ([chunk.label] if chunk.label else []) + head_lines:
        if issuer:
            break
        issuer = meta.issuer_in(t)
    if not issuer and title:
        # a quoted title names the issuer when it is this document's own title
        for m in re.finditer(r"《([^《》]+)》", head_text):
            if meta.clean_title(meta.strip_issuer_prefix(m.group(1))).replace("的", "") == title.replace("的", ""):
                issuer = meta.issuer_in(m.group(1))
                if issuer:
                    break
    if not issuer and head is not None:
        issuer = meta.issuers_of_heading(head.heading_text if head.heading is not None else None)
    if not issuer and chunk.label:
        issuer = meta.issuers_of_heading(chunk.label)  # a digest item titled with its issuers
    field_issuer = field_body(fields.get("issuer"))
    tail_issuer, tail_date = tail_signature(texts) if head is not None or not chunk.digest else (None, None)
    if not tail_issuer and not chunk.digest:
        inner_issuer, inner_date = inner_signature("\n".join(texts))  # a flattened page's signature, mid-text
        if inner_issuer:
            tail_issuer, tail_date = inner_issuer, inner_date or tail_date
    # "来源:某县人民政府办公室": a page's source field names the body that put the document out, failing all else
    source = (fields.get("source") or "").strip()
    source_issuer = source if BODY_RE.fullmatch(source) and re.search(r"政府|办公室|局|委员会|管委会|厅", source) else None
    doc.issuer = (issuer or (head.signer if head is not None else None) or issuer_sig or field_issuer or tail_issuer
                  or source_issuer)
    if tail_issuer and "、" in tail_issuer and doc.issuer in tail_issuer.split("、"):
        doc.issuer = tail_issuer  # one of the bodies that sign together: the signature names them all
    several = next((m for t in (head_text, fields.get("title") or "") if (m := re.match(
        r"([\u4e00-\u9fff]{4,30}?)等\s*[\d一二三四五六七八九十]{1,2}\s*个?(?:部门|单位)\s*(?:关于|联合)", t))), None)
    if several and BODY_RE.fullmatch(several.group(1)):
        # "某局等4部门关于印发…的通知": the covering notice's joint signature, run together, names them all
        joint = next((j for t in texts[:16] if "、" in (j := joint_signers(t.strip())) and j.startswith(several.group(1))
                      and all(BODY_RE.fullmatch(b) for b in j.split("、"))), None)
        doc.issuer = joint or doc.issuer
    if doc.issuer and "、" not in doc.issuer and (short := _SHORT_JOINT.search(doc.text[:4000])):
        # "区甲局 区乙局 区丙处 某年某月某日": joint signers by their short names, the first the issuer already read —
        # each written out with its place
        names = re.findall(r"[区县市][\u4e00-\u9fff]{2,14}?(?:局|处|委员会|办公室|中心)", short.group(0))
        place = doc.issuer[:-len(names[0]) + 1] if doc.issuer.endswith(names[0][1:]) else ""
        if re.search(r"[区县市]$", place):
            doc.issuer = "、".join(place + n[1:] for n in names)
    if not doc.issuer and title:
        # a report's lead: "某市商务局日前发布《关于…的通知》" names who issued the document it reports
        for m in ISSUED_BY_RE.finditer(doc.text[:600]):
            if meta.clean_title(meta.strip_issuer_prefix(cover_title(named := m.group(2) or m.group(3))[0] or named)) == title:
                # ("由某省某委、某厅联合出台": 由 says who did it, no part of the first body's name)
                doc.issuer = _reported_issuers(re.sub(r"^(?:由|根据|按照|依据)", "", m.group(1)), doc.text[:m.start(1)])
                break
    if not doc.issuer and (m := LEAD_ISSUER_RE.search(doc.text[:250])) and not m.group(1).startswith(("省", "按照", "根据", "依据")) \
            and not re.search(r"此外|另外|同时|按照|根据|依据", doc.text[:m.start(1)].rsplit("。", 1)[-1]):
        # a report's lead naming who sent out the notice it tells of, the title unsaid or not this page's (not a
        # province's notice a county says it follows, "省某厅近日下发通知…我县将参照执行", nor one it rests on)
        doc.issuer = _reported_issuers(m.group(1), doc.text[:m.start(1)])
    if not doc.issuer and head is not None and head.heading:
        # "中共某市委员会、某市人民政府" alone above the title: joint issuers (a site's name is one body)
        parts = texts[head.heading - 1].strip().split("、")
        if len(parts) >= 2 and all(BODY_RE.fullmatch(p) for p in parts):
            doc.issuer = "、".join(parts)
    if not doc.issuer and head is not None and head.heading and re.search(r"(?:通知|公告|通告|函|通报|决定|批复|报告)$", texts[head.heading]):
        # "某某市科学技术局" printed alone on the line above the notice's title (above a policy's
        # title such a line is as often the site's name)
        above = texts[head.heading - 1].strip()
        if above.startswith(("关于", "转发")):
            pass  # the first half of the title, broken over two lines
        elif above in head.bodies or re.fullmatch(r"[\u4e00-\u9fff]{3,24}(?:人民政府|办公室|办公厅|委员会|管委会|局|厅)", above):
            doc.issuer = above
    if doc.issuer and not meta.mentions(doc.issuer):
        # "区科技局" where the text defines it as short for a full name (某市某区科学技术局, 以下简称…)
        doc.issuer = meta.defined_name(doc.text, doc.issuer) or doc.issuer
    field_date = fields.get("issued")
    m = ISO_DATE_RE.search(field_date or "") or DATE_RE.search(field_date or "")
    doc.issued = ((head.signed if head is not None else None) or issued or tail_date or (meta.iso(*m.groups()) if m else None)
                  or (head.dated if head is not None else None) or date_before_attachments(texts))
    number = fields.get("doc_number")
    if number and (not re.search(r"\d", number) or re.search(r"[。,;]", number) or re.fullmatch(r"[\s0]+", number)):
        number = None  # "发文字号: -", "无", a site's "0"; a sentence run on after "字号:[" is no number
    number = re.sub(r"\s+", "", number) if number else None
    if number:  # "海行规发[2014]10": the usual brackets, and the 号 a field dropped
        number = re.sub(r"^([\u4e00-\u9fff]{1,14})[\[(【](\d{4})[\])】](\d{1,4})号?$", r"\1〔\2〕\3号", number)
    if number and (m := re.search(r"[\u4e00-\u9fff]{1,14}[〔\[(]\d{4}[〕\])]\d{1,4}号", number)):
        number = m.group(0)  # a field value that runs on into the next field ("…9号文件登记号:…")
    doc.doc_number = (number or (head.doc_number if head is not None else None)
                      or next((t for t in head_lines[:12] if meta.DOC_NUMBER_LINE_RE.match(t)), None))
