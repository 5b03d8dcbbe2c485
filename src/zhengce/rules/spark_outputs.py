"""The Spark batch's Parquet folders, replaced together or not at all (as zhengce.outfiles does for files).

Spark writes each folder under a hidden temporary name beside its own; only when every folder is complete
are they renamed onto OUT, OUT.entitlements, … together, the earlier versions kept aside until all renames
have succeeded. A failed run — a bad task, a full disk, Ctrl-C — leaves an earlier run's folders as they
were and removes its own partial ones. Both go through zhengce.outfiles.commit_all: local paths with its own
steps, a URI (hdfs://, s3a://, file://) with them done through Hadoop's FileSystem (_HadoopFolders).
"""

from __future__ import annotations

import secrets
from pathlib import Path

from zhengce import outfiles


def is_uri(path: str) -> bool:
    return "://" in path


class SparkOutputs:
    """`tmp = outputs.temp(final)`; Spark writes tmp; `outputs.commit()` at the end, `abort()` on failure."""

    def __init__(self, spark, out: str):
        self.temps: dict[str, str] = {}  # final folder -> the temporary one Spark writes
        self.fs = _HadoopFolders(spark, out) if is_uri(out) else None

    def temp(self, final: str) -> str:
        tmp = self.fs.temp(final) if self.fs else str(outfiles.temp_dir_beside(final))
        self.temps[final] = tmp
        return tmp

    def commit(self, retire: list[str] = ()) -> None:
        """`retire`: an earlier run's folders this run has none of (its errors, when no row was bad)."""
        if self.fs:
            outfiles.commit_all(self.temps, retire, places=self.fs)
        else:
            outfiles.commit_all({Path(f): Path(t) for f, t in self.temps.items()}, retire=[Path(r) for r in retire])
        self.temps = {}

    def abort(self) -> None:
        for tmp in self.temps.values():
            if self.fs:
                self.fs.delete(tmp)
            else:
                outfiles.discard_any(Path(tmp))
        self.temps = {}


class _HadoopFolders(outfiles.Places):
    """Folders on the file system of a URI, through the JVM's Hadoop FileSystem (rename answers False
    instead of raising: a False is made an OSError here): outfiles.commit_all's steps on it."""

    restore_errors = (Exception,)  # py4j's errors too: what matters is saying where the folder is

    def __init__(self, spark, out: str):
        jvm = spark.sparkContext._jvm
        self._path = jvm.org.apache.hadoop.fs.Path
        self._fs = self._path(out).getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())

    def temp(self, final: str, suffix: str = ".part") -> str:
        parent, _, name = final.rstrip("/").rpartition("/")
        return f"{parent}/.{name}.{secrets.token_hex(4)}{suffix}"

    def exists(self, path: str) -> bool:
        return bool(self._fs.exists(self._path(path)))

    def rename(self, src: str, dst: str) -> None:
        if not self._fs.rename(self._path(src), self._path(dst)):
            raise OSError(f"无法把 {src} 改名为 {dst}")

    def delete(self, path: str) -> None:
        try:
            self._fs.delete(self._path(path), True)
        except Exception:  # already failing, or cleaning up: the first error is the one to tell
            pass

    def target(self, given: str) -> str:
        return given

    def retire(self, final: str) -> str | None:
        return self.keep_aside(final, None)

    def keep_aside(self, final: str, tmp) -> str | None:
        if not self.exists(final):
            return None
        old = self.temp(final, ".old")
        self.rename(final, old)
        return old

    def into_place(self, tmp: str, final: str) -> None:
        self.rename(tmp, final)

    def restore(self, final: str, old: str | None, renamed: bool) -> None:
        if renamed:
            self.delete(final)
        if old:
            self.rename(old, final)

    def discard(self, path: str) -> None:
        self.delete(path)
