"""Opening an Excel workbook (.xlsx) safely, for every reader of one (a registry of profiles, a policy list):
its zip directory inspected before anything is inflated, and the reason a workbook could not be read said in
Chinese."""

from __future__ import annotations

import io
import zipfile
from typing import BinaryIO

from zhengce.errors import InputError

MAX_ZIP_ENTRIES = 200
MAX_UNCOMPRESSED = 100 * 1024 * 1024  # all parts together
MAX_SHEET_XML = 64 * 1024 * 1024
MAX_SHARED_STRINGS = 20 * 1024 * 1024


def inspect_xlsx(source: bytes | BinaryIO) -> None:
    """Refuse a workbook whose zip directory promises too much, without inflating anything."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError):  # (a directory naming a zip version Python cannot read)
        raise InputError("文件扩展名为 .xlsx，但内容不是 Excel 工作簿（应为 zip 格式）") from None
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise InputError(f"Excel 工作簿内部文件过多（{len(infos)} 个，上限 {MAX_ZIP_ENTRIES}）")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise InputError(f"Excel 工作簿解压后过大（{total // (1024 * 1024)} MB，上限 {MAX_UNCOMPRESSED // (1024 * 1024)} MB）")
    names = {i.filename for i in infos}
    if "xl/workbook.xml" not in names:
        raise InputError("不是有效的 Excel 工作簿（缺少 xl/workbook.xml；是 .xls 或其他格式吗？）")
    for i in infos:
        if i.filename.startswith("xl/worksheets/") and i.file_size > MAX_SHEET_XML:
            raise InputError(f"Excel 工作表过大（解压后 {i.file_size // (1024 * 1024)} MB）")
        if i.filename == "xl/sharedStrings.xml" and i.file_size > MAX_SHARED_STRINGS:
            raise InputError(f"Excel 文本内容过大（共享字符串 {i.file_size // (1024 * 1024)} MB，"
                             f"上限 {MAX_SHARED_STRINGS // (1024 * 1024)} MB）")


def xml_reason(exc: Exception) -> str:
    name = type(exc).__name__
    if name in ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"):
        return "含有禁止的 XML 实体或外部引用"
    if name in ("BadZipFile", "KeyError"):
        return "文件结构损坏"
    return "文件内容损坏或不是 Excel 格式"
