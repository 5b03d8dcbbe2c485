"""Output files replaced whole or not at all.

An output is written to a temporary file in its own folder and renamed onto its name (os.replace, atomic
on one file system) only once complete: a run that fails partway — a bad row, a full disk, Ctrl-C —
leaves an earlier output byte for byte as it was, and no partial file or temporary file behind.
Several outputs of one run (a batch's OUT, OUT.rules, …; files or Spark's Parquet folders) take their
names together (commit_all): a rename failing partway puts back the earlier versions of those already
renamed, so a user never finds this run's tables beside an earlier run's.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Iterable, Iterator

from zhengce.errors import ZhengceError, os_error


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


def temp_dir_beside(path: str | Path) -> Path:
    """A new empty folder in path's folder, hidden and named after it, for an output that is a folder."""
    path = _target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent))


def discard_any(tmp: Path) -> None:
    """A temporary file or folder, gone (a failed run leaves none behind)."""
    if tmp.is_dir() and not tmp.is_symlink():
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        discard(tmp)


class OutputsMixed(ZhengceError):
    """A rename failed and putting back the earlier versions failed too: which outputs are new is said."""


class Places:
    """How commit_all's steps are done on one file system: here local files and folders (os); Spark's
    folders on a URI go through Hadoop's FileSystem (zhengce.rules.spark_outputs)."""

    restore_errors: tuple = (OSError,)

    def target(self, given):
        return _target(given)

    def retire(self, path):
        """An earlier output this run has none of, moved aside (its kept name), or None if there is none."""
        return _keep_aside(path, move=True)

    def keep_aside(self, path, tmp):
        if path.is_dir() and not tmp.is_dir():  # a user's folder is never swapped for a file
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        return _keep_aside(path, move=tmp.is_dir())

    def into_place(self, tmp, path) -> None:
        _into_place(tmp, path)

    def restore(self, path, old, renamed: bool) -> None:
        _restore(path, old, renamed)

    def discard(self, path) -> None:
        discard_any(path)


def commit_all(temps: dict, retire: Iterable = (), places: Places | None = None) -> None:
    """Finished temporaries ({final path: temporary file or folder}) take their names together. Each
    earlier version is kept aside until every rename has succeeded, then removed; if one fails, those
    already renamed get their earlier versions back (or vanish when they are new) and the error is raised
    — or, should that fail too, OutputsMixed names the outputs that are this run's. Temporaries not
    renamed are removed either way. `retire`: an earlier run's outputs this run has none of (its errors
    table, when no row was bad) — they go with the commit, and come back if it fails."""
    places = places or Places()
    done: list = []  # (final path, its earlier version kept aside or None)
    failed: list = []  # (path, earlier version, whether path is this run's)
    pending = dict(temps)
    try:
        for given in retire:
            path = places.target(given)
            if given not in temps and path not in temps:
                old = places.retire(path)
                if old is not None:
                    done.append((path, old))
        for given, tmp in temps.items():
            path = places.target(given)
            old = places.keep_aside(path, tmp)
            try:
                places.into_place(tmp, path)
            except BaseException:
                try:
                    places.restore(path, old, renamed=False)
                except places.restore_errors:
                    failed.append((path, old, False))
                raise
            del pending[given]
            done.append((path, old))
    except BaseException as exc:
        for tmp in pending.values():
            places.discard(tmp)
        for path, old in reversed(done):  # last renamed first
            try:
                places.restore(path, old, renamed=True)
            except places.restore_errors:
                failed.append((path, old, True))
        if failed:
            raise OutputsMixed(mixed_message(failed, exc)) from exc
        raise
    for _, old in done:
        if old is not None:
            places.discard(old)


def mixed_message(failed: list, exc: BaseException) -> str:
    """Which outputs are this run's and where each earlier version is kept (nothing is lost); `failed`
    holds (path, earlier version or None, whether path now holds this run's output)."""
    said = []
    for path, old, new in failed:
        kept = f"，上次的版本在 {old}" if old else ""
        said.append(f"{path}（{'本次的结果' if new else '暂缺'}{kept}）")
    if isinstance(exc, OSError):
        why = os_error(exc)
    else:
        why = str(exc) or type(exc).__name__
    return f"输出未能全部写入，也未能恢复上次的版本：{'、'.join(said)}，其余输出仍是上次的（{why}）；请重新运行"


def _keep_aside(path: Path, move: bool) -> Path | None:
    """The earlier version at path under a hidden name beside it. A file stays at path as well (a hard
    link, or a copy where links are not allowed) so that path is never missing; what is to give way to a
    folder (Spark's output) is moved, since a rename cannot put a folder over it."""
    if not os.path.lexists(path):
        return None
    if move:
        old = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
        os.rmdir(old)  # only its unique name is wanted
        os.replace(path, old)
        return old
    for _ in range(100):
        old = path.parent / f".{path.name}.{secrets.token_hex(4)}.old"
        try:
            os.link(path, old)
            return old
        except FileExistsError:
            continue
        except OSError:  # no hard links on this file system
            break
    old = temp_beside(path)
    try:
        shutil.copy2(path, old)
    except BaseException:
        discard(old)
        raise
    return old


def _into_place(tmp: Path, path: Path) -> None:
    if tmp.is_dir():
        os.replace(tmp, path)  # whatever was at path has been moved aside
    else:
        commit(tmp, path)


def _restore(path: Path, old: Path | None, renamed: bool) -> None:
    """path as it was before commit_all: this run's output (when `renamed`) gone, the earlier one back."""
    if renamed and not (old is not None and old.is_file() and path.is_file()):
        _remove(path)  # a file put back replaces a file in one rename; anything else must first go
    if old is None:
        return
    if renamed or not os.path.lexists(path):
        os.replace(old, path)
    else:
        discard(old)  # path never changed: the link to it is all there is to remove


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        gone = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".gone", dir=path.parent))
        os.replace(path, gone / "x")  # the name is free at once, however long the deletion takes
        shutil.rmtree(gone, ignore_errors=True)
    elif os.path.lexists(path):
        os.unlink(path)


def write_texts(texts: dict[Path, str]) -> None:
    """Several text files replaced together (commit_all): all of them this run's, or none."""
    temps: dict[Path, Path] = {}
    try:
        for path, text in texts.items():
            temps[path] = temp_beside(path)
            temps[path].write_text(text, encoding="utf-8")
    except BaseException:
        for tmp in temps.values():
            discard(tmp)
        raise
    commit_all(temps)


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
