"""A web page's labelled fields above a document ("发文字号:温政发〔2025〕2号", "发布机构 | 某局 |"):
which field a label names and its value, however the page laid them out."""

from __future__ import annotations

from zhengce import rx as re

from zhengce.reading.lines import BASIS_LABEL

# Labelled page fields: label → field name. The value follows a colon, or stands on the next line.
_FIELDS = {
    "索引号": "index", "信息索引号": "index", "统一编号": "index", "主题分类": "topic", "体裁分类": "genre",
    "组配分类": "topic", "服务对象": "topic", "文件名称": "title", "标题": "title", "名称": "title",
    "文件标题": "title", "发布机构": "issuer", "发文机关": "issuer", "发文单位": "issuer", "发布单位": "issuer",
    "发文机构": "issuer", "发布机关": "issuer", "发文部门": "issuer", "发布部门": "issuer", "政策级别": "ui", "政策主题": "topic",
    "政策分类": "topic", "制发机关": "issuer", "成文机关": "issuer", "文号": "doc_number", "发文字号": "doc_number",
    "发文号": "doc_number", "字号": "doc_number", "文件编号": "doc_number", "成文日期": "issued",
    "发文日期": "issued", "印发日期": "issued", "签发日期": "issued", "生成日期": "issued", "公文生成日期": "issued", "发布日期": "published",
    "发布时间": "published", "公布日期": "published", "公开日期": "published", "日期": "published",
    "实施日期": "effective", "施行日期": "effective", "有效性": "validity", "信息有效性": "validity",
    "公开方式": "ui", "公开范围": "ui", "信息来源": "source", "文章来源": "source", "来源": "source", "浏览次数": "ui", "栏目": "ui",
    "访问次数": "ui", "浏览量": "ui", "公开目录": "ui", "主题词": "ui", "点击数": "ui", "点击": "ui", "阅读次数": "ui", "字体大小": "ui", "字号大小": "ui",
    "参考依据": "basis", "政策依据": "basis", "依据文件": "basis", "文件依据": "basis", "政策来源": "basis",
    "作者": "ui", "编辑": "ui", "Tags": "ui", "TAG": "ui", "标签": "ui", "责任编辑": "ui", "内容编辑": "ui", "分享到": "ui", "地址": "ui", "本文地址": "ui", "原文地址": "ui", "原文链接": "ui", "网址": "ui", "本文标签": "ui", "关键词": "ui",
    "征集开始日期": "comment_from", "征集开始时间": "comment_from", "征集结束日期": "comment_to", "征集结束时间": "comment_to",
    "发布文号": "doc_number", "生效日期": "effective", "失效日期": "ui", "文件来源": "source", "所属类别": "topic",
    "本次征集开始时间": "comment_from", "本次征集结束时间": "comment_to", "征求意见开始时间": "comment_from",
    "征求意见结束时间": "comment_to", "结束时间": "comment_to",  # ("征集开始时间:… 结束时间:…" on one line)
    "颁布日期": "issued", "颁布单位": "issuer", "时效性": "validity", "法规层次": "ui", "首选类别": "topic",
    "次选类别": "topic", "其它类别": "topic", "关键字": "ui",
    "发表时间": "published", "发表日期": "published", "上传时间": "published", "更新时间": "published", "时间": "published",
    "更新日期": "published", "录入时间": "published", "添加时间": "published", "发稿时间": "published", "上传人": "ui", "文档编号": "ui", "文章出处": "source", "出处": "source", "阅读量": "ui",
    "类型": "genre", "分类": "topic", "层级": "ui", "状态": "validity", "官方链接": "ui",
    "文件有效性": "validity", "规范性文件编号": "ui", "摘要": "ui", "查看": "ui",
    "解读单位": "issuer", "解读机关": "issuer", "解读时间": "issued", "解读日期": "issued", "所属机构": "issuer_hint", "发布人": "ui", "有效期": "validity", "废止日期": "ui", "附件": "ui",
}
_LABELS = sorted(_FIELDS, key=len, reverse=True)
FIELD_LABELS = tuple(_LABELS)  # every label a page prints before a field's value, the longest first
# ("[发文机构] 某局", "【成文日期】2024-03-02": a law database's labels in brackets, a colon or none after)
_FIELD_RE = re.compile(r"[\[【]?(" + "|".join(map(re.escape, _LABELS)) + r")(?:\s*[::]|[\]】]\s*[::]?)\s*")
_LABEL_ALT = "|".join(map(re.escape, _LABELS))
# a page's fields as a numbered list ("3. [实施日期] 2024-03-02", "4.成文日期:2024-03-02"): no measure
_NUMBERED_FIELD = r"\d{1,2}[.、]\s*(?=[\[【](?:" + _LABEL_ALT + r")[\]】]|(?:" + _LABEL_ALT + r")\s*[::])"
NUMBERED_FIELD_RE = re.compile("^" + _NUMBERED_FIELD)
_BULLET = re.compile(r"^(?:[•·●◆■□▪◇○\-*]+\s*|" + _NUMBERED_FIELD + ")")
_BARE_LABEL_RE = re.compile(r"^[\[【]?(" + _LABEL_ALT + r")[\]】]?\s*[::]?$")
# "附件" alone, no colon: under a signature, the attachment's mark — its title follows, no field's value
ATTACHMENT_MARK = re.compile(r"[\[【]?附件[\]】]?")


# labels that open a disclosure page's field row even alone on their line ("公开范围面向全社会", "文件编号某办〔2021〕58号")
_ROW_LABELS = {"索引号", "组配分类", "主题分类", "体裁分类", "发布机构", "发文机关", "生成日期", "成文日期", "发文日期",
               "发布日期", "公开方式", "公开范围", "文件编号", "发文字号", "文件有效性", "规范性文件编号", "文件名称"}


def bare_label(text: str) -> str | None:
    """The label of a line that holds only a field's label ("文号:"), its value on the next line."""
    m = _BARE_LABEL_RE.match(text)
    return m.group(1) if m else None


def field_of(text: str) -> tuple[str, str] | None:
    """(field, value) of a labelled page field line ("发文字号:温政发〔2025〕2号")."""
    text = _BULLET.sub("", text)
    m = _FIELD_RE.match(text)
    if m:
        value = text[m.end():]
        # several fields on one line: "发布时间:2024-07-09 内容编辑:宇辰管理"
        nxt = _FIELD_RE.search(value)
        if nxt:
            value = re.sub(r"\s*\d{1,2}[.、]\s*$", "", value[: nxt.start()])  # (the next field's list number)
        return _FIELDS[m.group(1)], value.strip()
    m = _BARE_LABEL_RE.match(text)
    if m:
        return _FIELDS[m.group(1)], ""
    spaced = spaced_fields(text)
    return spaced[0] if spaced else None


def all_fields(text: str) -> list[tuple[str, str]]:
    """Every labelled field on a line that starts with one ("索引号:… 文件编号:… 发布机构:…")."""
    text = _BULLET.sub("", text)
    out = []
    ms = list(_FIELD_RE.finditer(text))
    for k, m in enumerate(ms):
        end = ms[k + 1].start() if k + 1 < len(ms) else len(text)
        value = text[m.end():end].strip(" |丨/")  # "发布机构: | 发布日期:…": an empty field between bars
        value = re.sub(r"\s*\d{1,2}[.、]$", "", value) if k + 1 < len(ms) else value  # ("…:7. [失效日期]")
        out.append((_FIELDS[m.group(1)], value if re.search(r"[\u4e00-\u9fff\w]", value) else ""))
    return out


def piped_fields(text: str) -> list[tuple[str, str]]:
    """A page's field table flattened into bars ("发布机构 | 某市发展和改革委员会 | 公开形式 | 网站"):
    each label cell with the cell after it ([] when the line is no such row)."""
    # (a row framed by bars, its labels with colons: "| 名称: | 某办法 | 文号: | 无 |")
    cells = [re.sub(r"\s*[::]$", "", c.strip()) for c in text.strip().strip("|").split("|")]
    # (or a byline row led by the page's date, each cell a label and its value: "2021-08-06 | 查看: | 来源:某局 |")
    if len(cells) > 1 and re.fullmatch(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?", cells[0]):
        split: list[str] = []
        for c in cells[1:]:
            m = re.match(r"(" + _LABEL_ALT + r")\s*[::]\s*(.*)$", c)
            split.extend([m.group(1)] + ([m.group(2)] if m.group(2) else []) if m else [c])
        cells = split
    if len(cells) < 2 or cells[0] not in _FIELDS:
        return []
    out = []
    for k, cell in enumerate(cells):
        if cell in _FIELDS:
            value = cells[k + 1] if k + 1 < len(cells) and cells[k + 1] not in _FIELDS else ""
            out.append((_FIELDS[cell], value))
    return out


def spaced_fields(text: str) -> list[tuple[str, str]]:
    """A field table flattened without colons or bars ("索引号 0152…/2019-0911001 发布机构 某市商务局",
    its spaces often lost): labels and values alternating from the line's start, at least two labels or
    one that only such a row starts with ([] when the line is no such row)."""
    text = text.strip()
    if not _LABEL_RUN_RE.match(text):
        return []  # (cheap first: a field row starts with its first label)
    ms = list(_LABEL_RUN_RE.finditer(text))
    if ms[0].start() != 0 or (len(ms) < 2 and ms[0].group(0) not in _ROW_LABELS):
        return []
    out = []
    for k, m in enumerate(ms):
        end = ms[k + 1].start() if k + 1 < len(ms) else len(text)
        value = text[m.end():end].strip()
        long = 120 if _FIELDS[m.group(0)] == "title" else 40  # (a file's name may be a long title)
        if len(value) > long or (len(ms) == 1 and (len(value) > long - 10 or re.search(r"[,,。;;]|^[是为由在]", value))) \
                or re.search(r"[。;;]|[,,](?=.{6})", value):
            return []  # a sentence, not a cell ("发布日期是本文件印发之日起…", "时间满一年的,给予全额补贴;服务…")
        out.append((_FIELDS[m.group(0)], value))
    return out


_LABEL_RUN_RE = re.compile("|".join(map(re.escape, _LABELS)))


ISO_DATE_RE = re.compile(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})")
BUREAU_LINE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:局|委员会|厅|委|中心)")  # a bureau's name alone on its line


def under_title(texts: list[str], k: int) -> list[tuple[str, str]]:
    """"某区某局" then "2022-05-24" alone under the title (line k), over the page's tabs: who put the
    page out, and when."""
    under = [texts[j].strip() for j in range(k + 1, min(k + 3, len(texts)))]
    if len(under) > 1 and BUREAU_LINE.fullmatch(under[0]) and ISO_DATE_RE.fullmatch(under[1]):
        return [("issuer", under[0]), ("published", under[1])]
    return []


# "政策依据:《…》(某政发〔2023〕1号)", "【政策依据】《…》": the document a policy card or an aggregator's page presents
BASIS_LINE = re.compile(rf"(?m)(?:{BASIS_LABEL}|政策文件|参考依据)\s*(?:[::]|(?<=【\w{{4}})】[::]?)\s*(?:《([^《》\n]{{6,120}})》"
                         r"(?:\s*[((](?P<no>[^()()]{0,20}〔\d{4}〕\d{1,4}号)[))])?|([^《》\n]{6,120}?)"
                         r"(?:\s*[((](?:征求意见稿|试行|暂行)[))])?\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?"
                         r"(?:\s*[((]有效期[^()()\n]{2,30}[))])?\s*$)")  # "(有效期至2028年06月30日止)"


def basis_name(m: re.Match) -> str | None:
    """The name a 政策依据 line gives, without the closing bracket of a line set in brackets
    ("(政策来源:某某措施(试行))": the last bracket closes the line's, not the name's)."""
    name = m.group(1) or m.group(3)
    if name and name[-1] in ")）" and len(re.findall(r"[)）]", name)) > len(re.findall(r"[(（]", name)):
        name = name[:-1]
    return name


def one_basis(text: str) -> bool:
    """Every 政策依据 line cites one and the same document: the measures are that policy's."""
    cited = set()
    for b in BASIS_LINE.finditer(text):
        if text[b.start():].split("\n", 1)[0].count("《") > 1:
            return False  # "《…通知》、《…通知》": a measure resting on several documents
        cited.add(b.group(1) or b.group(3))
    return len(cited) == 1
