"""One document per real document.

A file may hold leading news ("…原文件如下:"), a web page's information-disclosure header, or a
digest of several documents under region and category headers ("余杭区", "申报通知篇") with item
labels ("12、【政策文件】…"). This module finds where each real document starts and ends, and the
digest region header that stands over it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhengce.reading.lines import Line
from zhengce.reading.regions import Region, lookup

ITEM_LABEL_RE = re.compile(r"^(\d{1,3})、【([^】]{1,12})】\s*(.+)$")
CATEGORY_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}篇$")


@dataclass
class Chunk:
    lines: list[Line]
    label: str | None = None  # digest item label text (without number and 【category】)
    category: str | None = None  # 【政策文件】 → 政策文件
    header_region: Region | None = None
    dropped: list[Line] | None = None  # news or page chrome before the document


def _region_header(text: str) -> Region | None:
    # a digest's region header is a full place name on a line of its own ("余杭区", "浙江省")
    if len(text) > 12 or not re.search(r"[省市区县旗州盟]$", text):
        return None
    return lookup(text)


def split_documents(lines: list[Line]) -> list[Chunk]:
    labels = [i for i, ln in enumerate(lines) if ITEM_LABEL_RE.match(ln.text)]
    headers = [i for i, ln in enumerate(lines) if _region_header(ln.text)]
    if labels or len(headers) >= 2:
        return _split_digest(lines)
    return [_single(lines)]


def _split_digest(lines: list[Line]) -> list[Chunk]:
    chunks: list[Chunk] = []
    region: Region | None = None
    current: Chunk | None = Chunk([])
    for ln in lines:
        reg = _region_header(ln.text)
        if reg or CATEGORY_RE.match(ln.text):
            if reg:
                region = reg
            if current is not None and current.lines:
                chunks.append(current)
            current = None
            continue
        m = ITEM_LABEL_RE.match(ln.text)
        if m:
            if current is not None and current.lines:
                chunks.append(current)
            current = Chunk([ln], label=m.group(3).strip(), category=m.group(2), header_region=region)
            continue
        if current is None:  # text under a header with no item label: a document of its own
            current = Chunk([], header_region=region)
        current.lines.append(ln)
    if current is not None and current.lines:
        chunks.append(current)
    return [c for c in chunks if sum(len(ln.text) for ln in c.lines) >= 20]


def _single(lines: list[Line]) -> Chunk:
    # leading news and page chrome are told apart from the title by zhengce.reading.header
    return Chunk(lines)
