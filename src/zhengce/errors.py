"""Errors a user may see. Each carries a one-line message; the CLI prints it without a traceback."""


class ZhengceError(Exception):
    """Base of every error meant for a user: bad input, a missing document, a refused operation."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:  # one line, with the hint if any
        return self.message if not self.hint else f"{self.message}（{self.hint}）"


class InputError(ZhengceError):
    """A file or value that cannot be read as what it claims to be."""


class NotFound(ZhengceError):
    """An id or path that names nothing."""


_ERRNO_ZH = {"ENOENT": "不存在", "EISDIR": "是文件夹，不是文件", "ENOTDIR": "路径中有一段不是文件夹",
             "EACCES": "没有权限", "EPERM": "没有权限", "ENOSPC": "磁盘空间不足", "EROFS": "在只读的文件系统上",
             "EEXIST": "已存在（同名的文件挡住了要建的文件夹？）", "ENAMETOOLONG": "路径过长", "EDQUOT": "超出磁盘配额", "EFBIG": "文件过大",
             "ELOOP": "符号链接循环"}


def os_error(exc: OSError) -> str:
    """The system's refusal (no such file, no permission, disk full…) as one Chinese line naming the file."""
    import errno

    code = errno.errorcode.get(exc.errno or 0, "")
    if not code and "is a directory" in str(exc):  # pyarrow says so without an errno
        code = "EISDIR"
    why = _ERRNO_ZH.get(code, exc.strerror or str(exc))
    name = exc.filename if exc.filename is not None else ""
    if not name:  # pyarrow names the file only in its message: "Failed to open local file 'x'…"
        import re
        found = re.search(r"'([^']+)'", str(exc))
        name = found.group(1) if found else ""
    return f"{name}：{why}" if name else f"无法读写文件：{why}"
