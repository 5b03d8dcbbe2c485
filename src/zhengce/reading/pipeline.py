"""From a file to its documents: read → normalize → split → structure → metadata → warnings.

`read_path(path)` and `parse_text(text, source)` are the entry points; both return a list of
Document (one per real document in the file). Provisions are attached when the provisions layer
is installed (zhengce.provisions.attach).
"""

from __future__ import annotations

import hashlib
import importlib.util
from zhengce import rx as re
from pathlib import Path

from zhengce.errors import InputError
from zhengce.reading.attachments import attached_rules, attachments_start, issued_by
from zhengce.reading.bundle import member_chunks
from zhengce.reading.chrome import teasers_start
from zhengce.reading import budgets, kinds, metadata as meta
from zhengce.reading import placing, towns, zone_text
from zhengce.reading.lines import BASIS_LABEL, split_lines, toc_lines
from zhengce.reading.model import Document, Warning_
from zhengce.reading.leads import LEAD_NOTICE_RE
from zhengce.reading.normalize import Normalized, normalize
from zhengce.reading.readers import read_file
from zhengce.reading.divisions import inside
from zhengce.reading.regions import NATION, national
from zhengce.reading.fields import BASIS_LINE, basis_name, one_basis
from zhengce.reading.header import DOC_NO_RE, cover_title, read_head, title_like
from zhengce.reading.doc_numbers import number_after, number_run_on
from zhengce.reading.titles import crumb_title, defined_full_name, put_out_guide, reported_title, with_printed_suffix
from zhengce.reading.numbering import first_item_line, marker
from zhengce.reading.outline import build_outline, points_of
from zhengce.reading.signature import BODY_RE, DATE_RE, split_joint
from zhengce.reading.split import Chunk, split_documents
from zhengce.reading.issuing import field_date, issuer_and_dates, published
from zhengce.reading.warnings import check_document


_DRAFT_WORDS = r"征求意见|意见稿|草案|送审稿|讨论稿|草拟稿|初稿"  # (a covering notice that names a draft)


def read_path(path: str | Path, *, with_provisions: bool = True) -> list[Document]:
    return parse_text(read_file(path).text, source=Path(path).name, with_provisions=with_provisions)


def parse_text(text: str, source: str = "input.txt", *, with_provisions: bool = True) -> list[Document]:
    norm = normalize(text)
    lines = split_lines(norm.text)
    if not lines:
        raise InputError(f"{source}：没有文字")
    chunks, unread = member_chunks(lines, split_documents)  # (a zip's files each split on its own; bundle.py)
    stem = Path(source).stem
    docs = [build_document(c, norm, f"{stem}/d{i}", source, i) for i, c in enumerate(chunks, 1)]
    for c, d in zip(chunks, docs):
        if c.attached_to is not None and d is not None and (notice := docs[c.attached_to]) is not None:
            issued_by(d, notice)
    docs = [d for d in docs if d is not None]
    if not docs:
        raise InputError(f"{source}：不是政策文件（没有找到标题、章节或条款）")
    docs[0].warnings += [Warning_("bundle_unread", f"压缩包内的文件“{m}”未读取：{why}") for m, why in unread]  # (never unsaid)
    if with_provisions and importlib.util.find_spec("zhengce.provisions") is not None:
        provisions = importlib.import_module("zhengce.provisions")
        attach = getattr(provisions, "attach", None)
        if attach is not None:
            for doc in docs:
                attach(doc, norm)
    return docs


def _bare(text: str) -> str:
    # (the title without its stage or trial mark, however the page prints them)
    return re.sub(r"[\W_]|征求意见稿", "", re.sub(r"[((](?:试行|暂行)[))]", "", text))


# a page that calls itself a publicity of a subsidy ("标题:某某政策公开", "…的公示")
_PUBLICITY = re.compile(r"(?:政策的?公开|公示|公告|政策明白纸)$")


def _rests_on(body_text: str, title: str, field: str) -> bool:
    """"标题:某某政策公开" over "1.文件依据:《某某办法》《某某通知》…": the page presents a subsidy and `title` is one of
    the texts it rests on (several, or one under a page that calls itself a publicity), not the page."""
    flat = re.sub(r"\s+", "", body_text)  # (a wrapped copy breaks the list anywhere; joint bodies spaced apart)
    return bool((re.search(r"依据[::]\s*《[^《》]{2,100}》[、,\s]*《", flat) or _PUBLICITY.search(field))
                and re.search(r"依据[::]\s*(?:《[^《》]{2,100}》[、,\s]*)*《" + re.escape(title) + "》", flat))


def build_document(chunk: Chunk, norm: Normalized, doc_id: str, source: str, index: int) -> Document | None:
    lines = chunk.lines
    toc = toc_lines([ln.text for ln in lines])
    if toc:
        lines = [ln for i, ln in enumerate(lines) if i not in toc]
    if (teasers := teasers_start([ln.text for ln in lines])) is not None:
        lines = lines[:teasers]  # "新闻推荐" over other reports' headlines: the page's text ended above
    texts = [ln.text for ln in lines]
    first_item = first_item_line(texts)
    head = read_head(texts, min(first_item, 60)) if not chunk.label else None
    chrome_text = ""  # the page's breadcrumbs and fields: where it is filed ("首页 > 某市 > 政策")
    lead_text = ""  # a news report's words before the text it quotes ("日前,本县印发《…》…全文如下:")
    lead_lines: list = []
    if head is not None:
        chrome_text = "\n".join(texts[i] for i in sorted(head.chrome) if i < len(texts))
        lead_text = "\n".join(texts[:head.start]) if head.cover else ""
        lead_lines = lines[:head.start]
        keep = [i for i in range(head.start, len(lines)) if i not in head.chrome]
        if keep:
            lines = [lines[i] for i in keep]
            texts = [ln.text for ln in lines]
            first_item = next((k for k, i in enumerate(keep) if i >= first_item), len(keep)) if head.start <= first_item else first_item_line(texts)
        first_pass, head = head, read_head(texts, min(first_item, 60))
        for k, v in first_pass.fields.items():  # labelled fields were chrome lines, now dropped
            head.fields.setdefault(k, v)
        head.doc_number = head.doc_number or first_pass.doc_number
        head.repaired_number = head.repaired_number or first_pass.repaired_number
        head.signer, head.signed = head.signer or first_pass.signer, head.signed or first_pass.signed
        head.dated = head.dated or first_pass.dated
        if first_pass.start and not head.cover:  # the report's lead before "全文如下:" names the text
            head.cover, head.cover_issuers = first_pass.cover, first_pass.cover_issuers
        heading_idx = head.heading
    else:
        first_section = next((i for i, t in enumerate(texts) if re.match(r"^[一二三四五六七八九十]{1,3}、", t)),
                             len(texts))
        heading_idx = meta.find_heading(texts, min(first_section, 25))
    start, end = lines[0].start, lines[-1].end
    body_text = norm.text[start:end]

    # --- title and kind
    label_title = meta.title_from_label(chunk.label) if chunk.label else None
    head_end = heading_idx if heading_idx is not None else (head.body if head else min(first_item, 12))
    head_texts = texts[:head_end]
    heading_raw = (head.heading_text if head else None) or (texts[heading_idx] if heading_idx is not None else None)
    if head is not None:
        quoted = [meta.clean_title(meta.strip_issuer_prefix(q)) for q in head.cover]
    else:
        quoted = meta.cover_titles(head_texts) + meta.quoted_titles([chunk.label] + head_texts)
    if chunk.label and not re.search(r"印发", chunk.label):
        title = label_title
    else:
        named = re.findall(r"《([^《》]{4,100})》", "\n".join(head_texts + texts[head_end:head_end + 4]))
        # (so does a news headline: "某某活动,我市出台某某办法")
        if heading_raw and re.match(r"《[^《》]{1,6}》", heading_raw) and head is not None and head.guessed:
            heading_raw = None  # "《意见》提出了…四大原则": a report's sentence about a policy by its short name
        guessed = head is not None and quoted and (head.guessed or bool(re.search(
            r"(?:^|[,,!!])\s*(?!关于)(?:我[省市县区]|[\u4e00-\u9fff]{2,8}[省市县区]?)(?:正式)?(?:出台|印发|发布|推出)", heading_raw or "")))
        # a headline taken by its place on the page yields to the policy a news lead names
        title = meta.choose_title(None if guessed else heading_raw, ([label_title] if label_title else []) + quoted, named)
    if not title and head is not None and head.fields.get("title"):
        inner, _ = cover_title(head.fields["title"])
        title = meta.clean_title(meta.strip_issuer_prefix(inner or head.fields["title"]))
    if title and not re.search(r"[\u4e00-\u9fff]{2}", title):
        title = None  # "The Beginning": a theme's banner in Latin letters, no Chinese document's title
    reconstructed = paid_out = False
    card_issuer = None
    # a policy card or an aggregator's page ("政策依据:《…的通知》") names the document it presents: that is the document
    m = None if chunk.label else BASIS_LINE.search(body_text)
    if m and len(BASIS_LINE.findall(body_text)) >= 2 and sum(1 for t in texts if marker(t)) >= 2 \
            and not one_basis(body_text):
        m = None  # numbered measures each citing its own 政策依据: a package of measures, no card of one policy
    if m is None and not chunk.label and chunk.header_region is not None and head is not None \
            and head.fields.get("basis") and not re.search(r"[|::]", head.fields["basis"]):
        # a digest block's "政策依据:" over its title, both read as a page field above the body
        m = BASIS_LINE.search("政策依据:" + head.fields["basis"])
    named_basis = basis_name(m) if m else None
    # what an explicit 政策依据 label names on a line of its own is the document, whatever its wording
    basis_labelled = bool(m and m.group(3) and re.match(BASIS_LABEL, m.group(0)) and not re.search(r"[,,。;|::]", m.group(3)))
    basis = m.group(0) if m and (m.group(1) or title_like(named_basis) or basis_labelled) else ""
    basis_no = (named_basis if DOC_NO_RE.fullmatch(named_basis.strip()) else m.group("no")) if basis else None
    # (a service guide's own heading, "某某补贴申领办理指南" over "文件依据:…", stays the guide's)
    # (nor does the covering notice's own document, whose 政策依据 part names the plan it rests on)
    if basis and not DOC_NO_RE.fullmatch(named_basis.strip()) and not (title and title in quoted) and not re.search(  # (nor a call's "某年第N批" heading)
            r"\d{4}年度?第[一二三四五六七八九十\d]{1,2}批|(?:办理|办事|服务|申领|申请)指南$", heading_raw or ""):  # (a bare 文号 cited leaves the heading)
        inner, card_issuer = cover_title(named_basis)
        title = meta.clean_title(meta.strip_issuer_prefix(inner or named_basis))
    field = head.fields.get("title") if head is not None else None
    # (or its own heading, or its first line when no heading was told: "某某项目政策明白纸")
    field = field or next((t for t in (heading_raw, texts[0].strip() if texts else None)
                           if t and len(t) <= 80 and _PUBLICITY.search(t)), None)
    rests = False
    if title and field and title not in field and "依据" in body_text and _rests_on(body_text, title, field):
        title = meta.clean_title(meta.strip_issuer_prefix(cover_title(field)[0] or field))
        basis, basis_no, rests = "", None, True  # (nor the 文号 and date of the text it rests on)
    if not title and (attached := meta.attached_file_title([ln.text for ln in chunk.lines])):
        title, reconstructed, card_issuer = attached[0], "attached", card_issuer or attached[2]  # "…办法.pdf" offered below
    if not title and (crumb := crumb_title(chrome_text)):
        title, reconstructed = crumb, True  # "首页>专题>某某区稳经济政策包": the page is filed under its name
    if title and DOC_NO_RE.fullmatch(title):
        title = None  # "某财教指〔2024〕110号" heading the page: a 文号, never a title
    if not title:
        title, _ = meta.reconstruct_title(body_text)
        reconstructed = title is not None
    if not title:
        # a news report whose rule it states is the policy it names: "《…考核办法》明确,…给予…"
        told, named = body_text, reported_title(body_text)
        # (or the page's summary above it, "导读:日前,某局发布了关于…的通知,…", set aside with the page's fields)
        if not named and (summary := re.search(r"^(?:导读|摘要|内容提要)[::]\s*(.+)$", chrome_text, re.M)):
            told = summary.group(1)
            named = reported_title(told)
        # (or a notice the report names, "某县发布《某某工作》的通知", whatever its name's last word)
        if named and (kinds.kind_of(meta.clean_title(named)) in ("policy", "rules") or put_out_guide(named, told)
                      or f"《{named}》的通知" in told[:600]):
            title, reconstructed = meta.clean_title(meta.strip_issuer_prefix(named)), "reported"
    elif not reconstructed and head is not None and head.guessed and not title_like(title) \
            and (named := reported_title(body_text)) and kinds.kind_of(meta.clean_title(named)) in ("policy", "rules"):
        # a news headline ("某地最高N万元奖励某类机构") over a lead naming the policy it reports: that policy
        # (a headline of money paid out under it, "某地兑现某类奖金N万", keeps the page a notice)
        paid_out = kinds.headline_tells_notice(title)
        title, reconstructed = meta.clean_title(meta.strip_issuer_prefix(named)), "reported"
    if title and len(title) <= 12 and (full := defined_full_name(body_text[:1200], title)):
        title = meta.clean_title(full)  # "《关于…的若干政策措施》(以下简称《若干政策措施》)": the full name
    lead_issuer = lead_date = None
    if not title and (lead := LEAD_NOTICE_RE.search("\n".join(texts[:4]))):
        # "某年某月某日,某市某局 某市财政局关于转发《…》的通知,…": a summary naming the notice it reports
        title, reconstructed = split_joint(lead.group("title")), "reported"
        lead_issuer = "、".join(b for part in (split_joint(lead.group("bodies").strip()) or "").split()
                               for b in BODY_RE.findall(part))
        lead_date = meta.iso(*DATE_RE.match(lead.group("date")).groups()) if lead.group("date") else None
    kind = kinds.kind_of(title, chunk.category)
    # no title to tell (or a headline that names no kind of document), and nothing of a call: measures
    # (a page of policy cards — "政策内容 / 适用对象 / 兑现时间" — is read by its paragraphs either way)
    told = bool(title) and not (head is not None and head.guessed
                                and not re.search(r"通知|公告|通告|公示|启动|开始|指南|须知|申报|征集|(?:发放|兑现|拨付|下达)(?:信息|情况)$", title)
                                and not kinds.headline_tells_notice(title)
                                and len(set(_CARD_WORDS.findall(body_text))) < 2)
    # no title, but the preamble names what it is: "…制定本办法。", "…特制定本政策。"
    self_named = None if title else (_SELF_NAMED.search(body_text[:600]) or _SELF_CLOSED.search(body_text))
    self_kind = ("rules" if next(g for g in self_named.groups() if g) in ("办法", "细则", "规定", "规程") else "policy") \
        if self_named else None
    # an untitled letter to its addressees ("各有关单位:") is a notice, unless it sets out measures of its own
    addressed = not title and any(re.match(r"各[^。]{1,80}[::]$|[^。,]{2,80}(?:局|委|办|政府|部门|单位)[::]$", t.strip())
                                  for t in texts[:6]) and not re.search(
        r"(?:提出|制定)(?:如下|以下)(?:意见|措施|政策)|现就[^。]{0,40}(?:提出|制定)", body_text[:1000])
    # an untitled page headed as a guide ("一、项目申请条件" / "二、项目扶持力度") stays a notice, however numbered
    # (or a page headed by a programme's name, "某某补贴项目", no kind of document in it)
    # (or a notice by its title laid out all as a guide: "某某补贴通知" over 一、补贴对象 / 二、补贴条件 / 三、补贴标准)
    guide_page = ((not title or (kind == "notice" and not told and re.search(r"(?:项目|补贴|补助|奖励|资助|扶持|标准|一览)$", title)))
                  and kinds.guide_parts(body_text)) or (kind == "notice" and told and kinds.guide_parts(body_text, at_least=3))
    if not told and kind == "notice" and not kinds.reads_as_notice(body_text) and not addressed and not guide_page:
        kind = "rules" if self_kind == "rules" else "policy"
    if paid_out:
        kind = "notice"

    doc = Document(id=doc_id, source=source, index=index, span=norm.orig_span(start, end),
                   norm_span=(start, end), title=title, kind=kind, text=body_text)
    doc.content_hash = hashlib.sha256(norm.original[doc.span[0]:doc.span[1]].encode("utf-8")).hexdigest()

    # --- head: everything before the policy heading (or the first numbered item)
    head_lines = texts[:head_end] if head_end else []
    head_text = "\n".join(([chunk.label] if chunk.label else []) + head_lines + ([heading_raw] if heading_raw else [])
                          + texts[(heading_idx or 0) + 1:(heading_idx or 0) + 2])
    draft_zone = head_text + "\n" + "\n".join(texts[:3])
    # a page explaining a policy ("关于《…办法》的解读") is read for that policy: its drafting story is not the policy's
    explains = bool(re.search(r"》[\u4e00-\u9fff]{0,12}的(?:政策)?(?:解读|起草说明|(?:规范性)?解释)",
                              heading_raw or (head.fields.get("title") if head is not None else None) or ""))  # (or its title field)
    if explains:
        draft_zone = title or ""
    # (and a document site's file name over the text: "某某办法-讨论稿.doc_第1页", chrome itself)
    if index == 1:
        draft_zone += "\n" + "\n".join(re.findall(r"[^\n]{0,60}\.(?:docx?|pdf|wps)[^\n]{0,8}", norm.text[:start]))
    doc.status = "draft" if (re.search(r"征求意见稿|征求意见|意见稿|意见征求稿|草案|送审稿|讨论稿|草拟稿|初稿", draft_zone)
                             or (not explains and re.search(r"\((?:征求意见稿|草案|送审稿)\)(?!》)", "\n".join(texts[:15])))
                             or (reconstructed == "reported" and re.search(re.escape(title) + r"\((?:征求意见稿|草案|送审稿)\)》", body_text))) else "final"  # (or the draft a report names)
    issuer_and_dates(doc, chunk, head, head_lines, head_text, title, texts)
    if doc.status == "draft" and doc.doc_number and re.search(r"〔\d{4}〕\d{1,4}号", doc.doc_number):
        covering = (head.fields.get("title") if head is not None else None) or heading_raw or ""
        if re.search(r"印发《[^《》]{6,120}》", covering) and not re.search(_DRAFT_WORDS, covering):
            doc.status = "final"  # "关于印发《某办法》的通知" under its 文号: a 送审稿 label left on the text it issues
    doc.issuer = lead_issuer or doc.issuer or card_issuer
    if head is not None and head.repaired_number and doc.doc_number and doc.doc_number == head.doc_number:
        doc.warnings.append(Warning_("doc_number_repaired", f"文号原文残缺(“{head.repaired_number}”),"
                                     f"按惯例补为“{doc.doc_number}”,请核对"))
    doc.issued = doc.issued or lead_date
    adopted = re.search(r"[((](\d{4})年(\d{1,2})月(\d{1,2})日[))]\s*$", heading_raw or "")
    if adopted and not doc.issued:
        doc.issued = meta.iso(*adopted.groups())  # "…政策意见 (某年某月某日)": the date it was adopted
    if not doc.issuer:
        # "中共某某区委 某某区人民政府" over the title: the party committee and government issuing together
        joint = next((m for t in texts[:min(head_end, 6)] if (m := _PARTY_AND_GOVERNMENT.match(t.strip()))), None)
        if joint:
            doc.issuer = f"{joint.group(1)}、{joint.group(2)}"
    if doc.issuer:  # "某省某厅及某省某厅", "财政部、中国人民银行和某总局": joint issuers, listed with 、
        doc.issuer = _JOINED_BODIES.sub("、", doc.issuer)
    if doc.issuer and re.search(r"[A-Za-z]{2,}", doc.issuer):
        # "abc字幕…商务厅": a mirror site wrote its own words over the place; no issuer is better
        doc.warnings.append(Warning_("issuer_masked", f"发文机关名称似被网站改写(“{doc.issuer[:20]}”),已略去,请核对原文"))
        doc.issuer = None
    doc.doc_number = doc.doc_number or (re.sub(r"\s+", "", basis_no) if basis_no else None) or chunk.label_no \
        or number_after(title, body_text[:1500]) or number_run_on(body_text)  # its own number, quoted or run on
    if doc.doc_number and (rests or _PUBLICITY.search(field or "")) \
            and re.search(r"依据[::][^\n]*" + re.escape(doc.doc_number), norm.text[chunk.lines[0].start:end]):
        doc.doc_number = None  # (a publicity page) the 文号 of a text it rests on, not its own
    if basis:  # "参考依据:关于…若干意见(征求意见稿)2020年12月8日": its state and date
        doc.status = "draft" if re.search(r"征求意见稿|草案|送审稿", basis) else doc.status
        dated = DATE_RE.search(basis)
        if dated and re.search(r"(?:有效期|至|到|截至|截止)\s*$", basis[:dated.start()]):
            dated = None  # "(有效期至2028年06月30日止)": when it lapses, not when it was issued
        doc.issued = doc.issued or (meta.iso(*dated.groups()) if dated else None)

    header_region = chunk.header_region
    if header_region is not None and chunk.label:
        # a digest block under its city whose source names a place inside it ("政策依据:《某某区…办法》")
        named = placing.most_specific([r for r in meta.mentions(chunk.label)
                                       if r != header_region and inside(r, header_region)])
        header_region = named or header_region
    region = placing.infer_region(body_text, doc.issuer, header_region, title if not reconstructed else None,
                               head.bodies if head is not None else (), named=title)
    if head is not None and doc.issuer and doc.issuer == (head.fields.get("source") or "").strip() \
            and re.match(r"[省市](?!级)", doc.issuer) and (inner := placing.region_named(body_text)) is not None \
            and inner.level != "province" and (region is None or region == inner or inside(inner, region)):
        # "信息来源:省财政厅" over a report of one county's work ("全县…"): that site's office issued none of it
        region, doc.issuer = inner, None
    if (region is None or region.level == "province") and chrome_text and not chunk.header_region \
            and re.search(r"(?:我|本|全)[市县区](?!级)", body_text) and not re.search(r"我省|本省|全省", body_text):
        # a text speaking as a city or county (我市, 全县) on a page filed under one: that place,
        # if it lies in whatever province the text names
        filed = [r for r in meta.mentions(chrome_text) if r.level != "province"
                 and (region is None or r.province == region.province)]
        region = placing.most_specific(filed) or region
    if (region is not None and region.level != "province" and region.province and not chunk.header_region
            and re.match(r"省(?!级)[\u4e00-\u9fff]{1,12}(?:厅|局|办|委)", doc.issuer or "")):
        # "省某某办、省财政厅" sign it: the province's document, whichever of its cities the text names most
        region = placing.lookup(region.province) or region
    region = placing.numbered_place(doc.doc_number, region, body_text) or region
    if not chunk.header_region:  # (a report's lead: "本县印发《…》", "某区人民政府网站公布《…》")
        region = placing.reported_place(lead_text, region) or placing.publisher_place(body_text[:600], title, region) \
            or (placing.titled_place(title, region) if reconstructed else None) or region
    if region is None and (lead_text or chrome_text) and not chunk.header_region:
        # a report whose quoted text names no place: where its lead or its headline says it is from
        region = placing.region_named(lead_text) or placing.region_named(chrome_text)
    # (no place, and only the central government's bodies sign: the whole country's document)
    doc.region, doc.level = (region.full, region.level) if region else (NATION, "national") if national(doc.issuer) else (None, None)
    if (named_former := placing.as_named(region, "\n".join(filter(None, (doc.issuer, title, chunk.header, body_text))))):
        doc.region, doc.level, note = named_former
        doc.warnings.append(Warning_("region_former", f"文件所写地区为旧称:{note}"))
    # a compilation's label over the policy ("(一)某某高新区") names whose document it is, like an issuer
    zone_label = next((z for t in head_lines[:4] if (z := placing.zone_label(t))), None)
    headline = zone_text.zone_in_head(heading_raw, texts, head_end, body_text, doc.issuer)
    zone = placing.zone_of(doc.issuer or zone_label, headline or title or chunk.header, region, body_text)
    if not zone and region is None and not doc.issuer and head is not None and head.heading is None:
        # no place found, no headline kept (a question page's, "某某园区某补贴的范围及标准?"): a zone a first line names
        zone = next((z for t in texts[:6] if placing.ZONE_RE.search(t) and (z := placing.zone_of(None, t, None, body_text))), None)
    if not zone and not doc.issuer and not chunk.header_region and (spoken := zone_text.zone_speaking(body_text, region)):
        zone = placing.zone_of(spoken, None, region, body_text)
        if zone:
            doc.warnings.append(Warning_("region_inferred", f"文件未写明发文地区,据正文自称推断为{zone[0]},请核对"))
    # (or the town that issues it: "某某镇人民政府" over its measures, "我镇")
    issuing_town = re.fullmatch(r"([\u4e00-\u9fff]{2,4}?(?:镇|街道))(?:人民政府|办事处)", doc.issuer or "")
    town = (issuing_town.group(1) if issuing_town else towns.town_named(body_text)) if not zone and region is not None and (
        region.level in ("county", "district") or placing.without_counties(region)) else None
    if town:  # (a town or street of the county the text keeps naming: the town's document)
        zone = (region.full + town, "district")
    if zone:
        doc.region, doc.level = zone
    elif region and not chunk.header_region and not any(
            meta.mentions(t) for t in (doc.issuer or "", title or "") if t):
        doc.warnings.append(Warning_("region_inferred", f"文件未写明发文地区,据正文提及推断为{region.full},请核对"))
    if doc.issuer:
        doc.issuer = placing.zone_body(doc.issuer, title, body_text)
    if doc.issuer and region:
        # (and "某某镇人民政府" in its town's document: the town of the district, written out)
        local = region.full.removeprefix(region.province or "") if region.city != region.province else region.full
        doc.issuer = "、".join(meta.joint_places([(local or region.full) + u if town and u.startswith(town)
                               else (zone and not town and placing.zone_unit(u, zone[0], region.province))
                               or meta.qualify_unit(u, region) for u in doc.issuer.split("、")]))

    # "关于征求(修订)《…》意见的公告" over the text put out: a draft, however the page labels it
    printed = texts[heading_idx] if heading_idx is not None and heading_idx < len(texts) else ""
    if re.search(r"征求[^《》,。]{0,12}?《[^《》]+》[^《》]{0,24}?意见(?:建议)?的(?:通知|公告|通告|函)", printed):
        doc.status = "draft"
    if doc.status == "draft":
        doc.comment_period = meta.comment_period(head_text + "\n" + "\n".join(texts[:15]), doc.issued or published(head))
        window = [field_date(head, k) for k in ("comment_from", "comment_to")]
        if not doc.comment_period and all(window):  # "征集开始日期:… 征集结束日期:…" page fields
            doc.comment_period = window
        doc.contact = meta.contact("\n".join(texts[:30]))
    doc.cites = meta.cites(body_text)

    # --- structure
    body_start = (heading_idx + 1) if heading_idx is not None else (head.body if head else 0)
    if head is not None and head.run_on:
        body_start = heading_idx  # the heading's own line goes on with the body
    elif heading_idx and kinds.source_at_foot(texts, heading_idx):
        body_start = 1  # a policy card naming its source document at its foot: the card above it is the text
    if title:
        # the policy printed again as an attachment below its notice ("附件1:" / its title / its text):
        # its articles start there, not among the notice's own numbered steps
        again = next((k for k in range(body_start, len(texts) - 1)
                      if _bare(texts[k]) == _bare(title) and re.match(r"^附件\d*[::]?$", texts[k - 1].strip())), None)
        if again is not None:
            body_start = again + 1
        elif doc.status == "draft" and head is not None and (head.cover or "征求意见" in (heading_raw or "")):
            # the draft a consultation notice puts out, printed below it under its title (broken over
            # two lines, "征求意见稿" under it): its articles start there, not among the notice's steps
            # (the notice headed "关于《X(征求意见稿)》公开征求意见的公告" names it, no cover)
            bare = _bare(title)
            for k in range(body_start, len(texts) - 1):
                if _bare(texts[k]) == bare or (len(_bare(texts[k])) >= 6 and _bare(texts[k] + texts[k + 1]) == bare):
                    body_start = k + (1 if _bare(texts[k]) == bare else 2)
                    if body_start < len(texts) and re.fullmatch(r"[((]?征求意见稿[))]?", texts[body_start].strip()):
                        body_start += 1
                    break
            else:
                how = next((k for k in range(body_start, len(texts)) if re.search(
                    r"(?:信函|电子邮件|邮寄|传真|来信)[^。]{0,12}(?:方式)?[^。]{0,6}(?:将|把)?意见", texts[k])), None)
                if how is not None and not any(re.match(r"(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]+[章条])", t)
                                               for t in texts[how + 1:]):
                    # only the notice is printed: its numbered steps (how to send comments) are no articles
                    body_start = len(texts)
    # a drafting explanation ("《X》的起草说明"): the draft X it explains, its own 一、起草目的 parts no articles
    if (drafting_note := bool(re.search(r"起草说明|编制说明", heading_raw or ""))):
        doc.status = "draft"
    # (a notice that sets out measures itself — "关于进一步支持某类消费的通知", no call in its title or text — has them
    # as its articles, like a policy)
    measures = kind == "notice" and _notice_title(title) and title.endswith("通知") and not _CALLS.search(title) \
        and not kinds.reads_as_notice(body_text)
    if not chunk.digest and not drafting_note and (kind in ("policy", "rules") or (kind == "notice" and not _notice_title(title))
                                                   or measures):
        first_line = attached_rules(lines, body_start) or body_start  # (rules printed whole under the notice's 附件 line)
        build_outline(doc, lines[first_line:attachments_start(lines, first_line)], norm)
        if not doc.articles and heading_idx and heading_idx >= 3 and _QUOTES_BELOW.search(texts[heading_idx - 1]):
            # a report's numbered digest above "原文如下:", the original cut before its own measures: the digest's
            # items are the measures the page shows
            build_outline(doc, lines[:heading_idx - 1], norm)
        if kind == "notice" and doc.articles and not kinds.reads_as_notice(body_text) and not guide_page:
            doc.kind = kind = kinds.kind_from_structure(doc)
        elif kind == "policy" and any(re.fullmatch(r"总\s*则", s.title or "") for s in doc.sections) \
                and not re.search(r"若干|措施|意见", title or "") and self_kind != "policy":
            doc.kind = kind = "rules"  # "第一章 总则 … 第X条": written as rules whatever the title's last word
        if kind == "notice":
            doc.sections = []
    if kind == "notice" or not doc.articles:
        # a notice, or a policy whose measures are not numbered: its paragraphs carry the provisions
        first = 1 if (chunk.label and chunk.label_line) else 0 if chunk.digest else body_start
        doc.points = points_of(lines[first:], norm)
        if len(lead_lines) >= 3 and _QUOTES_BELOW.search(lead_lines[-1].text) and not chunk.digest:
            # a report's paragraphs above "原文如下:", the original cut before its measures: what the report says
            # of them is all the page shows (its headline and fields are no paragraphs)
            said = [ln for ln in lead_lines[:-1] if len(ln.text.strip()) >= 30 and "。" in ln.text]
            doc.points = [dict(p, no=k) for k, p in enumerate(points_of(said, norm) + doc.points, 1)]
    closing_text = doc.closing or body_text
    doc.total_budget_yuan = ((budgets.total_budget(closing_text, bool(doc.sections)) or budgets.total_budget(body_text))
                             if kind == "policy"
                             else budgets.total_budget(body_text, False) if kind == "notice"
                             or (kind == "rules" and not doc.sections) else None)
    base = start if not doc.closing else doc.norm_span[1] - len(doc.closing)
    eff = meta.effective_clause(closing_text, base) or meta.effective_clause(body_text, start)
    if eff:
        eff["span"] = list(norm.orig_span(*eff.pop("norm_span")))
        eff["quote"] = norm.original[eff["span"][0]:eff["span"][1]]
    doc.effective = eff
    stack = meta.stacking_clause(closing_text, base)
    if stack:
        stack["span"] = list(norm.orig_span(*stack.pop("norm_span")))
        stack["quote"] = norm.original[stack["span"][0]:stack["span"][1]]
    doc.stacking = stack
    raw_titles = " ".join(head.cover[:1]) if head is not None else ""  # "(2023年修订)" before cleaning
    doc.year = meta.infer_year(body_text, (heading_raw or "") + (chunk.label or "") + " ".join(quoted[:1]) + raw_titles
                               + ((title or "") if reconstructed == "reported" or not heading_raw else ""),  # (or a field's, no heading printed)
                               doc.doc_number, doc.issued, eff if kind != "notice" else None,
                               published(head, partial=True) or (doc.comment_period or [None])[0], draft=doc.status == "draft",
                               call=kind == "notice")
    doc.series = meta.series_key(doc.region, kind, title)
    doc.title = with_printed_suffix(title, norm.text[:end])
    check_document(doc, has_overlap=meta.has_overlap_clause(body_text), truncated_tail=texts[-1])
    if reconstructed == "reported":
        doc.warnings.append(Warning_("title_reconstructed", f"页面是报道,所读为其转述的《{title}》,请核对原文"))
    elif reconstructed == "attached":
        doc.warnings.append(Warning_("title_reconstructed", f"标题未印出,取自页面所附文件名“{title}”,请核对"))
    elif reconstructed:
        doc.warnings.append(Warning_("title_reconstructed", f"标题未印出,据正文自称推断为{title}"))
    elif head is not None and head.reconstructed and title:
        doc.warnings.append(Warning_("title_reconstructed", f"标题印在两行,已拼合为“{title}”,请核对"))
    elif head is not None and head.guessed and title:
        doc.warnings.append(Warning_("title_guessed", f"标题按页面版式推断为“{title}”,请核对"))
    return doc


_SELF_NAMED = re.compile(r"(?:制定|特制定|出台)本[\u4e00-\u9fff]{0,6}?(办法|细则|规定|规程|政策|措施|意见)[。,]"
                         r"|本(办法|细则|规定)(?:所称|适用于|所指)")  # "本办法所称…": a rules text defining its terms
# (or its closing clause does: "本办法自发布之日起执行", "本细则由某局负责解释")
_SELF_CLOSED = re.compile(r"本(办法|细则|规定|规程|政策|措施|意见)(?:自[^。\n]{0,30}?(?:施行|执行|实施)|由[^。\n]{0,30}?负责解释)")
_CARD_WORDS = re.compile(r"政策内容|适用对象|支持对象|资助对象|操作流程|办理流程|兑现时间|兑现方式|资助标准|资助范围|办理时限|"
                         r"(?:补贴|补助|奖励|扶持)(?:对象|标准|条件|期限)(?=[::])")  # (as labels of a card's fields)
# "和"/"及"/"与" after a body's name (厅, 局, 委员会, 银行…) joins two issuers; inside a name ("人力资源和社会保障局") it does not
_JOINED_BODIES = re.compile(r"(?<=[厅局部委办会行院署府])\s*(?:和|及|与|以及)\s*(?=[\u4e00-\u9fff]{2,})")
_PARTY_AND_GOVERNMENT = re.compile(r"^(中共[\u4e00-\u9fff]{2,12}?[省市县区]委)[、\s]*([\u4e00-\u9fff]{2,12}?人民政府)$")


_CALLS = re.compile(r"申报|申请|征集|组织|开展|评选|推荐|遴选|认定|受理|公示|公布|下达|印发|转发|做好|报送|废止|启动|举办|"
                    r"发布|拨付|表彰|通报|资金需求|(?:进行|给予)奖励|选聘|招聘|招募"
                    # (or a standard raised, money paid out, a rebate put in place: "关于提高某某标准的通知"; a
                    # standard 调整 may be rewritten as a scheme of grades, rules of their own)
                    # (or a charge the price bureau sets, "关于某某收费标准的通知": prices, no measures)
                    r"|提高[^《》]{0,40}(?:标准|待遇)|发放|优惠(?=的通知$)|(?:收费|价格)(?:最高)?标准")


_QUOTES_BELOW = re.compile(r"(?:原文|全文)如下[::]?\s*$")


def _notice_title(title: str | None) -> bool:
    return bool(title) and kinds.kind_of(title) == "notice"
