"""Output files replaced whole or not at all.

An output is written to a temporary file in its own folder and renamed onto its name (os.replace, atomic
on one file system) only once complete: a run that fails partway — a bad row, a full disk, Ctrl-C —
leaves an earlier output byte for byte as it was, and no partial file or temporary file behind.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Iterator


def temp_beside(path: str | Path) -> Path:
    """A new empty file in path's folder, hidden and named after it (".r.csv.x8f2.part")."""
    path = _target(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    return Path(tmp)


def commit(tmp: Path, path: str | Path) -> None:
    """The finished temporary file takes path's place, with the permissions a new file would get
    (mkstemp's are owner-only), or those of the file it replaces."""
    path = _target(path)
    try:
        mode = path.stat().st_mode & 0o7777 if path.is_file() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
    except OSError:
        pass
    os.replace(tmp, path)


def discard(tmp: Path) -> None:
    with suppress(OSError):
        os.unlink(tmp)


@contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """`with replacing(out) as tmp: write(tmp)`: out is replaced when the block succeeds, untouched if not."""
    tmp = temp_beside(path)
    try:
        yield tmp
        commit(tmp, path)
    except BaseException:
        discard(tmp)
        raise


def _target(path: str | Path) -> Path:
    """A symlink's target is what gets replaced (as writing through it did), not the link."""
    path = Path(path)
    return path.resolve() if path.is_symlink() else path


def _umask() -> int:
    """The process umask without setting it (os.umask would change it for other threads meanwhile)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022
