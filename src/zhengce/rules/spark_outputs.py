"""The Spark batch's Parquet folders, replaced together or not at all (as zhengce.outfiles does for files).

Spark writes each folder under a hidden temporary name beside its own; only when every folder is complete
are they renamed onto OUT, OUT.entitlements, … together, the earlier versions kept aside until all renames
have succeeded. A failed run — a bad task, a full disk, Ctrl-C — leaves an earlier run's folders as they
were and removes its own partial ones. Local paths go through zhengce.outfiles.commit_all; a URI
(hdfs://, s3a://, file://) through Hadoop's FileSystem, with the same steps.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from zhengce import outfiles
from zhengce.outfiles import OutputsMixed, mixed_message


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
            self.fs.commit_all(self.temps, retire)
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


class _HadoopFolders:
    """Folders on the file system of a URI, through the JVM's Hadoop FileSystem (rename answers False
    instead of raising: a False is made an OSError here)."""

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

    def commit_all(self, temps: dict[str, str], retire: list[str] = ()) -> None:
        """outfiles.commit_all's steps: earlier folders moved aside, new ones renamed in, earlier ones
        removed only when all are in; a failure puts back those already renamed (and those retired)."""
        done: list[tuple[str, str | None]] = []
        failed: list[tuple[str, str | None, bool]] = []
        pending = dict(temps)
        try:
            for final in retire:
                if final not in temps and self.exists(final):
                    old = self.temp(final, ".old")
                    self.rename(final, old)
                    done.append((final, old))
            for final, tmp in temps.items():
                old = self.temp(final, ".old") if self.exists(final) else None
                if old:
                    self.rename(final, old)
                try:
                    self.rename(tmp, final)
                except BaseException:
                    try:
                        if old:
                            self.rename(old, final)
                    except Exception:  # py4j's errors too: what matters is saying where the folder is
                        failed.append((final, old, False))
                    raise
                del pending[final]
                done.append((final, old))
        except BaseException as exc:
            for tmp in pending.values():
                self.delete(tmp)
            for final, old in reversed(done):
                try:
                    self.delete(final)
                    if old:
                        self.rename(old, final)
                except Exception:
                    failed.append((final, old, True))
            if failed:
                raise OutputsMixed(mixed_message(failed, exc)) from exc
            raise
        for _, old in done:
            if old:
                self.delete(old)
