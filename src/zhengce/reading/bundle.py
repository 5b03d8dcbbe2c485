"""A zip of documents (a notice with its 附件 as sites offer them for download: "附件.zip"): each file in it read as
its own file would be, in the order a reader takes them — the documents first, then 附件1, 附件2, … by number.

The bundle's text is the files' texts, each after a line naming it ("【压缩包内的文件：附件1 申报指南.docx】"); the
document reader parts documents at these lines (pipeline.parse_text), so no file's text runs into another's,
and an 附件 is read as attached to the bundle's first document. A file that cannot be read (a picture, a scan with no
text layer, an encrypted entry, an archive inside the archive) is named on such a line with why, and the reader
warns of it: nothing is passed over unsaid.

Names are as Windows' zip tools write them (GBK, without the UTF-8 flag) or as the flag says. The archive is read
in memory, never unpacked to disk; its entries are read with a cap, whatever their headers claim.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import PurePosixPath

from zhengce import rx as re
from zhengce.errors import InputError

# (as written, and as the normalized view writes its marks: "：" → ":", "（" → "(")
MEMBER_LINE = re.compile(r"^【压缩包内的文件[：:](?P<name>[^【】\n]{1,200}?)(?:[（(]未读取[：:](?P<why>[^【】\n]{1,80})[）)])?】$")
_MAX_MEMBERS = 200  # a notice has a handful of attachments
_MAX_TOTAL = 200 * 1024 * 1024  # unpacked, all entries together
_SKIPPED = {".jpg": "图片", ".jpeg": "图片", ".png": "图片", ".gif": "图片", ".bmp": "图片", ".tif": "图片",
            ".tiff": "图片", ".webp": "图片", ".mp4": "视频", ".avi": "视频", ".mp3": "音频", ".exe": "程序",
            ".zip": "压缩包中的压缩包", ".rar": "压缩包中的压缩包", ".7z": "压缩包中的压缩包"}
_JUNK = re.compile(r"(?:^|/)(?:__MACOSX/|\.|Thumbs\.db$|desktop\.ini$)", re.I)
_ATTACHMENT = re.compile(r"^(?:附件|附表|附)\s*(\d{1,3})?")


def _member_line(name: str, why: str | None = None) -> str:
    name = re.sub(r"[【】\n]", "", name)[:200] or "（无名文件）"
    return f"【压缩包内的文件：{name}" + (f"（未读取：{why}）" if why else "") + "】"


def bundle_text(data: bytes, name: str, read: Callable[[bytes, str], str], max_member: int) -> str:
    """The text of a zip of documents; read(bytes, name) reads one file (InputError when it cannot)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except Exception as exc:
        raise InputError(f"{name}：无法读取压缩包，文件可能已损坏（{type(exc).__name__}）") from None
    entries = [(_name_of(i), i) for i in infos]
    entries = [(n, i) for n, i in entries if not _JUNK.search(n)]
    if len(entries) > _MAX_MEMBERS:
        raise InputError(f"{name}：压缩包中有 {len(entries)} 个文件，超过 {_MAX_MEMBERS} 个，不是一份文件及其附件")
    parts: list[str] = []
    total = read_any = 0
    with archive:
        for _, member, info in sorted(((_order(n, k), n, i) for k, (n, i) in enumerate(entries)), key=lambda e: e[0]):
            shown = PurePosixPath(member).name
            why = _SKIPPED.get(PurePosixPath(member).suffix.lower())
            if why is None and info.flag_bits & 0x1:
                why = "已加密"
            if why is None and info.file_size > max_member:
                why = _too_big(max_member)
            if why is None:
                try:
                    with archive.open(info) as f:
                        body = f.read(max_member + 1)
                except Exception:  # (a damaged entry, a method zipfile cannot undo)
                    body, why = b"", "文件已损坏"
                total += len(body)
                if total > _MAX_TOTAL:
                    raise InputError(f"{name}：压缩包解压后超过 {_MAX_TOTAL // (1024 * 1024)} MB，不是一份文件及其附件")
                if why is None and len(body) > max_member:
                    why = _too_big(max_member)  # (its header said less)
            if why is None:
                try:
                    text = read(body, shown)
                except InputError as exc:
                    why = _reason(str(exc), shown)
                except Exception as exc:  # (a reader's own fault on one file must not lose the others)
                    why = f"无法读取（{type(exc).__name__}）"
            if why is not None:
                parts.append(_member_line(member, why))
                continue
            read_any += 1
            parts.append(_member_line(member) + "\n" + text.strip("\n"))
    if not read_any:
        unread = "；".join(p[len("【压缩包内的文件："):-1] for p in parts[:3]) or "压缩包是空的"
        raise InputError(f"{name}：压缩包中没有可读取的文件（{unread}）")
    return "\n".join(parts)


def _too_big(limit: int) -> str:
    return f"超过 {limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"超过 {limit} 字节"


def _name_of(info: zipfile.ZipInfo) -> str:
    # without the UTF-8 flag, zipfile decodes names as cp437; Chinese Windows tools wrote them in GBK
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("gb18030")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def _order(member: str, k: int) -> tuple[int, int, int]:
    # the documents themselves first, in the archive's order; then 附件 by their number
    m = _ATTACHMENT.match(PurePosixPath(member).name)
    return (0, 0, k) if m is None else (1, int(m.group(1) or 0), k)


def _reason(message: str, shown: str) -> str:
    # the member's own error line without its file name ("附件2.pdf：PDF 没有文字层…" → "PDF 没有文字层…")
    reason = message.split("：", 1)[1] if message.startswith(shown + "：") else message
    return re.sub(r"[【】\n]", "", reason)[:80]


def member_chunks(lines: list, split: Callable[[list], list]) -> tuple[list, list[tuple[str, str]]]:
    """A bundle's lines in documents: split (the reader's split_documents) run on each file's lines alone, never
    across two files; a file named 附件N attached to the bundle's first document (its notice). Returns the chunks
    and the files not read, with why. (A text that is no bundle is one group: split(lines), nothing unread.)"""
    if not any(line.text.startswith("【压缩包内的文件") for line in lines):
        return split(lines), []
    chunks: list = []
    unread: list[tuple[str, str]] = []
    group: list = []
    name: str | None = None

    def close() -> None:
        base = len(chunks)
        for c in split(group) if group else []:
            if c.attached_to is not None:
                c.attached_to += base
            elif base and name is not None and _ATTACHMENT.match(PurePosixPath(name).name):
                c.attached_to = 0
            chunks.append(c)

    for line in lines:
        m = MEMBER_LINE.match(line.text.strip())
        if m is None:
            group.append(line)
            continue
        close()
        group, name = [], m.group("name")
        if m.group("why"):
            unread.append((name, m.group("why")))
    close()
    return chunks, unread
