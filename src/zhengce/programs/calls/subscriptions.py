"""政策找企业: subscriptions (saved profiles and registries) notified of what is NEW for them when a
document or call is ingested or a rule file is reviewed — newly eligible, a higher amount, a new deadline.

Storage ($ZHENGCE_SUBSCRIPTIONS_DB, else <ZHENGCE_HOME>/subscriptions.sqlite): subscriptions, their
notifications (only differences are stored) and, per subscription, the last computed entitlements as
an .npz snapshot beside the database (sorted int64 keys member·2²⁰+item, amounts, item names) — a
registry of a million members is diffed with numpy, not row by row in SQL.

`refresh()` recomputes every subscription against the current rule and call files and records what
changed. It is idempotent: with nothing new (the same document ingested twice) it records nothing.
A new subscription's first computation is its baseline and notifies nothing.

Reviewed rule files (`zhengce rules review`, the web page /rules/review) join the rules subscriptions
are evaluated against: `reviewed()` keeps the file under <database stem>-reviewed-rules/<key>.yaml (a
reviewed copy of a shipped file replaces it, by its key e.g. zhejiang/huzhou/2025) and recomputes at
once. Rules still pending review (待复核) never notify: accepting one makes it new, an edit that raises its
amount is a higher amount, rejecting it notifies nothing. Reviewing the same thing twice notifies nobody
twice (the second computation finds nothing new).
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np

from zhengce.errors import InputError, NotFound, ZhengceError
from zhengce.money import format_fen, plain_yuan
from zhengce.paths import data_dir
from zhengce.programs.calls.entitlements import Entitlements, compute
from zhengce.programs.calls.model import CallBook, load_calls
from zhengce.rules.rulebook import POLICY_DIR, Rulebook, file_key, load_paths, load_rulebook, rule_files
from zhengce.rules.vector import Columns

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS subscriptions (
        id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('profile','registry')),
        source TEXT NOT NULL, token TEXT NOT NULL UNIQUE, created TEXT NOT NULL, members INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE IF NOT EXISTS notifications (
        id INTEGER PRIMARY KEY, subscription INTEGER NOT NULL REFERENCES subscriptions(id), member TEXT NOT NULL,
        item TEXT NOT NULL, change TEXT NOT NULL, old_fen INTEGER, new_fen INTEGER NOT NULL, reason TEXT,
        created TEXT NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS notifications_sub ON notifications(subscription, id)",
    """CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, at TEXT NOT NULL, reason TEXT, date TEXT NOT NULL,
        subscriptions INTEGER NOT NULL, notifications INTEGER NOT NULL, seconds TEXT NOT NULL)""",
]
SHIFT = 20  # key = member << SHIFT | item: a million items per run at most, members up to 2**43
MASK = (1 << SHIFT) - 1
CHANGES = {"new_eligible": "新符合", "higher_amount": "金额提高", "new_deadline": "新截止日期", "new_call": "新申报通知"}


def default_path() -> Path:
    env = os.environ.get("ZHENGCE_SUBSCRIPTIONS_DB")
    return Path(env) if env else data_dir() / "subscriptions.sqlite"


def today() -> dt.date:
    """The date subscriptions are evaluated on when a change (ingest, review) triggers them."""
    return dt.date.today()


def reviewed_key(name: str, policy_dir: Path | None = None) -> str:
    """The key a reviewed rule file is kept under: its shipped key when it is (a copy of) a shipped file
    (`zhejiang/huzhou/2025.yaml`, or a path inside the policies folder), else reviewed/<file stem>."""
    policy_dir = policy_dir or POLICY_DIR
    p = Path(name)
    if p.is_absolute() or p.exists():
        if p.resolve().is_relative_to(policy_dir.resolve()):
            return file_key(p, policy_dir)
        return "reviewed/" + _safe(p.stem)
    rel = name.replace("\\", "/").strip("/")
    shipped = {file_key(f, policy_dir) for f in rule_files(policy_dir)}
    key = rel[:-5] if rel.endswith(".yaml") else rel
    return key if key in shipped else "reviewed/" + _safe(Path(rel).stem)


def _safe(stem: str) -> str:
    out = "".join(c if c.isalnum() or c in "-_." else "_" for c in stem).strip("._") or "rules"
    return out[:100]


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


class Subscriptions:
    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60, check_same_thread=False)
            for sql in SCHEMA:
                self.conn.execute(sql)
        except sqlite3.Error as exc:
            raise InputError(f"无法打开订阅数据库 {self.path}（{exc}）") from None
        self.snapshots = self.path.parent / (self.path.stem + "-snapshots")
        self.snapshots.mkdir(exist_ok=True)
        self.reviewed_dir = self.path.parent / (self.path.stem + "-reviewed-rules")

    def close(self) -> None:
        self.conn.close()

    # -- subscriptions --------------------------------------------------------------------------------------
    def add(self, name: str, kind: str, source: str, members: int) -> int:
        token = secrets.token_urlsafe(18)
        cur = self.conn.execute("INSERT INTO subscriptions(name, kind, source, token, created, members)"
                                " VALUES (?,?,?,?,?,?)", (name.strip(), kind, source, token, _now(), members))
        return int(cur.lastrowid)

    def subscribe(self, source: str, name: str, *, on: dt.date, rulebook: Rulebook | None = None,
                  calls: CallBook | None = None) -> dict:
        """Save a profile (JSON file) or a registry (CSV/Parquet/Excel) and compute its baseline."""
        if not name or not str(name).strip() or len(name) > 200:
            raise InputError("订阅需要名称(--name, 1至200字)")
        p = Path(source)
        if not p.exists():
            raise InputError(f"{source}：文件不存在")
        kind = "profile" if p.suffix.lower() == ".json" else "registry"
        cols, ids = self._columns(kind, str(p.resolve()))
        sid = self.add(name, kind, str(p.resolve()), cols.n)
        ents = compute(cols, rulebook or self.rulebook(), calls or load_calls(), on)
        self._save_snapshot(sid, ents)
        return self.get(sid) | {"baseline_items": int(ents.member.size)}

    def get(self, sid) -> dict:
        row = self.conn.execute("SELECT id, name, kind, source, token, created, members FROM subscriptions"
                                " WHERE id = ?", (_int(sid),)).fetchone()
        if row is None:
            raise NotFound(f"没有订阅 {sid}")
        return dict(zip(("id", "name", "kind", "source", "token", "created", "members"), row))

    def by_token(self, token: str) -> dict:
        row = self.conn.execute("SELECT id FROM subscriptions WHERE token = ?", (str(token),)).fetchone()
        if row is None:
            raise NotFound("没有这个订阅(链接无效)")
        return self.get(row[0])

    def list(self) -> list[dict]:
        return [self.get(r[0]) for r in self.conn.execute("SELECT id FROM subscriptions ORDER BY id")]

    def _columns(self, kind: str, source: str) -> tuple[Columns, list[str]]:
        if kind == "profile":
            from zhengce.cli.profile_input import read_profile
            from zhengce.cli.rules import _decimals_to_str
            from zhengce.rules.profile import parse_profile
            profile = parse_profile(_decimals_to_str(read_profile(source)))
            return Columns.from_profiles([profile]), [profile.id or "profile"]
        import tempfile

        from zhengce.cli.batch_input import prepare_registry, reader_error
        from zhengce.rules.batch import read_columns
        with tempfile.TemporaryDirectory(prefix="zhengce-subscribe-") as work:
            # through the same edge as `zhengce batch`: encodings, ragged rows, money as people write it
            prepared = prepare_registry(source, Path(work))
            try:
                cols, rows, ids, _bad, _total = read_columns(prepared.path, prepared)
            except ZhengceError:
                raise
            except Exception as exc:  # the reader's own errors: one line, never its dump
                if type(exc).__module__.lstrip("_").split(".")[0] not in ("duckdb", "pyarrow", "openpyxl", "zipfile"):
                    raise
                raise reader_error(exc, source) from None
        names = ids.to_pylist() if hasattr(ids, "to_pylist") else list(ids)
        return cols, [str(i) if i is not None else f"row{int(r)}" for i, r in zip(names, rows)]

    # -- snapshots -----------------------------------------------------------------------------------------
    def _snap_path(self, sid: int) -> Path:
        return self.snapshots / f"{sid}.npz"

    def _save_snapshot(self, sid: int, ents: Entitlements) -> None:
        keys, amounts, names = _canonical(ents)
        tmp = self._snap_path(sid).with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, amounts=amounts, names=np.array(names, dtype=str))
        os.replace(tmp, self._snap_path(sid))

    def _load_snapshot(self, sid: int) -> tuple[np.ndarray, np.ndarray, list[str]]:
        path = self._snap_path(sid)
        if not path.exists():
            return np.zeros(0, np.int64), np.zeros(0, np.int64), []
        with np.load(path, allow_pickle=False) as z:
            return z["keys"], z["amounts"], [str(x) for x in z["names"]]

    # -- reviewed rule files ---------------------------------------------------------------------------------
    def rulebook(self) -> Rulebook:
        """The shipped rule files, with the reviewed ones over them (same key: the reviewed one wins)."""
        overlays = rule_files(self.reviewed_dir) if self.reviewed_dir.is_dir() else []
        if not overlays:
            return load_rulebook()
        keys = {file_key(p, self.reviewed_dir) for p in overlays}
        shipped = [p for p in rule_files(POLICY_DIR) if file_key(p, POLICY_DIR) not in keys]
        return load_paths(shipped + overlays, [POLICY_DIR, self.reviewed_dir])

    def reviewed(self, key: str, text: str, *, on: dt.date, reason: str = "") -> dict:
        """A reviewed rule file (its YAML text) joins the rules subscriptions are evaluated against, and
        every subscription is recomputed now. A file that does not load with the others is not kept
        (InputError, nothing changed)."""
        parts = [x for x in key.split("/") if x]
        if not parts or any(x in (".", "..") or x.startswith(".") for x in parts):
            raise InputError(f"规则文件名 {key!r} 无效")
        target = self.reviewed_dir.joinpath(*parts).with_suffix(".yaml")
        old = target.read_bytes() if target.exists() else None
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
        try:
            book = self.rulebook()
        except InputError as exc:
            if old is None:
                target.unlink()
            else:
                target.write_bytes(old)
            raise InputError(f"审核后的规则文件未纳入订阅计算：{exc.message}") from None
        return self.refresh(on=on, reason=reason, rulebook=book)

    # -- recomputation ---------------------------------------------------------------------------------------
    def refresh(self, *, on: dt.date, reason: str = "", rulebook: Rulebook | None = None,
                calls: CallBook | None = None, subscription: int | None = None) -> dict:
        """Recompute subscriptions; record and return only what is new. Idempotent."""
        import time
        t0 = time.perf_counter()
        rulebook, calls = rulebook or self.rulebook(), calls or load_calls()
        subs = [self.get(subscription)] if subscription is not None else self.list()
        total, errors = 0, []
        for sub in subs:  # one broken subscription (its file gone…) does not stop the others
            try:
                cols, member_ids = self._columns(sub["kind"], sub["source"])
            except ZhengceError as exc:
                errors.append(f"订阅 #{sub['id']} {sub['name']}: {exc}")
                continue
            ents = compute(cols, rulebook, calls, on)
            total += self._diff_and_record(sub["id"], ents, member_ids, reason)
        seconds = f"{time.perf_counter() - t0:.3f}"
        self.conn.execute("INSERT INTO runs(at, reason, date, subscriptions, notifications, seconds) VALUES (?,?,?,?,?,?)",
                          (_now(), reason, on.isoformat(), len(subs), total, seconds))
        return {"subscriptions": len(subs), "notifications": total, "seconds": seconds, "errors": errors}

    def record(self, sid: int, ents: Entitlements, member_ids: list[str] | None = None, reason: str = "") -> int:
        """Store what is new in `ents` against the subscription's snapshot (and make it the new snapshot)."""
        return self._diff_and_record(sid, ents, member_ids, reason)

    def _diff_and_record(self, sid: int, ents: Entitlements, member_ids: list[str] | None, reason: str) -> int:
        keys, amounts, names = _canonical(ents)
        old_keys, old_amounts, old_names = self._load_snapshot(sid)
        ok, oa = np.zeros(0, np.int64), np.zeros(0, np.int64)
        if old_keys.size:  # old keys number items by the old names: renumber them by the new ones
            index = {n: i for i, n in enumerate(names)}
            remap = np.array([index.get(n, -1) for n in old_names], dtype=np.int64)
            om, oi = old_keys >> SHIFT, remap[old_keys & MASK]
            keep = oi >= 0
            ok, oa = om[keep] * (1 << SHIFT) + oi[keep], old_amounts[keep]
            order = np.argsort(ok, kind="stable")
            ok, oa = ok[order], oa[order]
        pos = np.searchsorted(ok, keys)
        found = pos < ok.size
        found[found] = ok[pos[found]] == keys[found]
        prev = np.zeros(keys.size, dtype=np.int64)
        prev[found] = oa[pos[found]]
        new_idx = np.flatnonzero(~found)
        higher_idx = np.flatnonzero(found & (amounts > prev))
        rows = []
        now = _now()
        for i, change in [(i, None) for i in new_idx.tolist()] + [(i, "higher_amount") for i in higher_idx.tolist()]:
            member, item = int(keys[i] >> SHIFT), names[int(keys[i] & MASK)]
            kind = change or ("new_deadline" if item.startswith("deadline:") else
                              "new_call" if item.startswith("call:") else "new_eligible")
            old_fen = int(prev[i]) if change else None
            name = member_ids[member] if member_ids is not None and member < len(member_ids) else f"row{member + 1}"
            rows.append((sid, name, item, kind, old_fen,
                         int(amounts[i]), reason, now))
        if rows:
            self.conn.execute("BEGIN")
            self.conn.executemany("INSERT INTO notifications(subscription, member, item, change, old_fen, new_fen,"
                                  " reason, created) VALUES (?,?,?,?,?,?,?,?)", rows)
            self.conn.execute("COMMIT")
        self._save_snapshot(sid, ents)
        return len(rows)

    # -- reading ---------------------------------------------------------------------------------------------
    def notifications(self, sid: int | None = None, *, limit: int = 1000, after: int = 0) -> list[dict]:
        sql = ("SELECT n.id, n.subscription, s.name, n.member, n.item, n.change, n.old_fen, n.new_fen, n.reason,"
               " n.created FROM notifications n JOIN subscriptions s ON s.id = n.subscription WHERE n.id > ?")
        params: list[Any] = [after]
        if sid is not None:
            sql += " AND n.subscription = ?"
            params.append(_int(sid))
        sql += " ORDER BY n.id DESC LIMIT ?"
        params.append(max(1, min(int(limit), 100_000)))
        cols = ("id", "subscription", "subscription_name", "member", "item", "change", "old_fen", "new_fen",
                "reason", "created")
        return [describe(dict(zip(cols, r))) for r in self.conn.execute(sql, params)]


def _when_subscribed(act) -> dict | None:
    """act(subscriptions) on the default store; None when nobody has subscribed."""
    path = default_path()
    if not path.exists():
        return None
    subs = Subscriptions(path)
    try:
        return act(subs) if subs.list() else None
    finally:
        subs.close()


def notify_after(reason: str, on: dt.date | None = None) -> dict | None:
    """Recompute every subscription after a change (an ingest…); None when nobody has subscribed."""
    return _when_subscribed(lambda subs: subs.refresh(on=on or today(), reason=reason))


def notify_after_review(name: str, text: str, reason: str, on: dt.date | None = None) -> dict | None:
    """After a rule file is reviewed (CLI or web): keep the reviewed file for subscriptions and recompute
    them; None when nobody has subscribed. `name` is the file's path or its shipped key."""
    return _when_subscribed(lambda subs: subs.reviewed(reviewed_key(name), text, on=on or today(), reason=reason))


def describe(n: dict) -> dict:
    """A notification with its Chinese title and the clause it cites."""
    item = n["item"]
    kind, _, ref = item.partition(":")
    title, quote = item, None
    if kind == "rule":
        try:
            rule = load_rulebook().rule(ref)
            title, quote = f"{rule.document.title} — {rule.trigger}", rule.quote
        except Exception:
            pass
    elif kind in ("call", "deadline"):
        call_id = ref.split("/")[0]
        try:
            call = load_calls().call(call_id)
            title = call.title
            if kind == "deadline":
                did, _, date = ref.split("/", 1)[1].partition("@")
                d = next((x for x in call.deadlines if x.id == did), None)
                title = f"{call.title} — 截止 {date}"
                quote = d.quote if d else next((r["quote"] for r in call.raw.get("relative") or []
                                                if did.startswith(r["id"])), None)
            elif call.awards:
                quote = call.awards[0]["quote"]
        except Exception:
            pass
    return {**n, "change_label": CHANGES.get(n["change"], n["change"]), "title": title, "quote": quote,
            "old_yuan": plain_yuan(n["old_fen"]), "new_yuan": plain_yuan(n["new_fen"])}


def _canonical(ents: Entitlements) -> tuple[np.ndarray, np.ndarray, list[str]]:
    keys = ents.keys()
    order = np.argsort(keys, kind="stable")
    return keys[order], ents.amount[order], list(ents.items)


def _int(value) -> int:
    try:
        return int(str(value))
    except ValueError:
        raise InputError(f"订阅编号 {value!r} 应为整数") from None


def feed_json(sub: dict, items: list[dict], base_url: str = "") -> dict:
    """JSON Feed 1.1 (jsonfeed.org)."""
    return {"version": "https://jsonfeed.org/version/1.1", "title": f"政策找企业 — {sub['name']}",
            "home_page_url": f"{base_url}/inbox/{sub['token']}", "feed_url": f"{base_url}/inbox/{sub['token']}/feed.json",
            "items": [{"id": f"zhengce-notification-{n['id']}", "title": f"[{n['change_label']}] {n['title']}",
                       "content_text": _text(n), "date_published": n["created"],
                       "_zhengce": {k: n[k] for k in ("member", "item", "change", "old_yuan", "new_yuan", "quote")}}
                      for n in items]}


def _text(n: dict) -> str:
    money = ""
    if n["new_fen"]:
        money = f" 金额 {format_fen(n['new_fen'])}" + (f"(原 {format_fen(n['old_fen'])})" if n["old_fen"] else "")
    return f"{n['member']}: {n['change_label']} {n['title']}{money}" + (f" 原文: “{n['quote']}”" if n["quote"] else "")


_ATTR = {'"': "&quot;"}  # an attribute value also needs its quote escaped


def feed_atom(sub: dict, items: list[dict], base_url: str = "") -> bytes:
    """Atom 1.0 (RFC 4287)."""
    from xml.sax.saxutils import escape

    updated = items[0]["created"] if items else sub["created"]
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{escape('政策找企业 — ' + sub['name'])}</title>",
           f"<id>urn:zhengce:subscription:{sub['id']}</id>", f"<updated>{escape(updated)}</updated>",
           f'<link rel="self" href="{escape(base_url, _ATTR)}/inbox/{escape(sub["token"], _ATTR)}/feed.atom"/>',
           "<author><name>zhengce</name></author>"]
    for n in items:
        out += ["<entry>", f"<id>urn:zhengce:notification:{n['id']}</id>",
                f"<title>{escape('[' + n['change_label'] + '] ' + n['title'])}</title>",
                f"<updated>{escape(n['created'])}</updated>", f"<summary>{escape(_text(n))}</summary>", "</entry>"]
    out.append("</feed>")
    return ("\n".join(out) + "\n").encode("utf-8")
