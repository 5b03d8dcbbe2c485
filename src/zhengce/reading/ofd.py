"""The text of an OFD file (版式文档, GB/T 33190), the fixed-layout format Chinese government sites
publish beside or instead of PDF: a zip whose OFD.xml names each document's Document.xml, which lists
its pages; a page's Content.xml places text objects (TextObject, its Boundary) holding text codes (TextCode,
at X/Y inside it). Lines are the codes that share a baseline, read left to right, pages in order.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import xml.etree.ElementTree as ET

from defusedxml.ElementTree import fromstring as _safe_xml  # (an uploaded file: no entities, no external loads)

from zhengce import rx as re
from zhengce.errors import InputError

_MAX_PART = 20 * 1024 * 1024  # one XML part of a policy document is kilobytes; more is no document
_MAX_PAGES = 2000


def is_ofd(data: bytes, suffix: str) -> bool:
    return suffix == ".ofd" or b"OFD.xml" in data[:4096]


def ofd_text(data: bytes, name: str) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = {n.lower(): n for n in archive.namelist()}  # (paths inside an OFD are matched without case)
        pages = [_page_lines(_part(archive, names, path)) for path in _page_paths(archive, names)]
    except InputError:
        raise
    except Exception as exc:  # a damaged zip or XML
        raise InputError(f"{name}：无法读取 OFD 版式文件，文件可能已损坏（{type(exc).__name__}）") from None
    text = "\n".join(line for page in pages for line in page)
    if not text.strip():
        raise InputError(f"{name}：OFD 文件中没有文字（可能是扫描图片）：请先做文字识别（OCR）")
    return text


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _part(archive: zipfile.ZipFile, names: dict[str, str], path: str) -> ET.Element:
    path = path.strip().lstrip("/")
    real = names.get(path.lower())
    if real is None:
        raise InputError(f"OFD 文件缺少其中的部分：{path}")
    if archive.getinfo(real).file_size > _MAX_PART:
        raise InputError(f"OFD 文件中的 {path} 过大，不像政策文件")
    return _safe_xml(archive.read(real))


def _page_paths(archive: zipfile.ZipFile, names: dict[str, str]) -> list[str]:
    paths = []
    root = _part(archive, names, "OFD.xml")
    for doc_root in (e.text for e in root.iter() if _local(e.tag) == "DocRoot" and e.text):
        doc_root = doc_root.strip().lstrip("/")
        folder = posixpath.dirname(doc_root)
        for page in (e for e in _part(archive, names, doc_root).iter() if _local(e.tag) == "Page" and e.get("BaseLoc")):
            loc = page.get("BaseLoc").strip()
            paths.append(loc.lstrip("/") if loc.startswith("/") else posixpath.normpath(posixpath.join(folder, loc)))
            if len(paths) > _MAX_PAGES:
                raise InputError(f"OFD 文件超过 {_MAX_PAGES} 页，不像政策文件")
    return paths


def _page_lines(page: ET.Element) -> list[str]:
    pieces = []  # (baseline, x, text, size)
    for obj in (e for e in page.iter() if _local(e.tag) == "TextObject"):
        box = [float(v) for v in re.split(r"[\s,]+", (obj.get("Boundary") or "0 0").strip())[:2]]
        size = float(obj.get("Size") or 3.5)
        for code in (e for e in obj if _local(e.tag) == "TextCode"):
            if code.text:
                pieces.append((box[1] + float(code.get("Y") or 0), box[0] + float(code.get("X") or 0), code.text, size))
    lines: list[list[tuple[float, float, str, float]]] = []
    for piece in sorted(pieces):
        if lines and abs(piece[0] - lines[-1][0][0]) <= 0.4 * piece[3]:
            lines[-1].append(piece)  # (on the same baseline, give or take a fraction of a character)
        else:
            lines.append([piece])
    out = []
    for line in lines:
        line.sort(key=lambda p: p[1])
        text, end = "", None
        for _, x, chars, size in line:
            if end is not None and x - end > 1.5 * size:
                text += " "  # a gap wider than a character or so: words set apart on the line
            text += chars
            end = x + len(chars) * size
        out.append(text)
    return out
