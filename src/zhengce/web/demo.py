"""Demo accounts for trying the 安心宝 console on one's own machine: one per role, with known
passwords shown on the sign-in page in dev mode, and a demo book (a replay book marked demo).

Demo things live only in a demo home: `--demo` refuses a home that holds real accounts or a real
book, and a home that once ran a demo refuses to start without demo (`--no-demo`) until they are
removed (`--remove-demo` removes them and says so)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from zhengce.errors import InputError

from zhengce.web.users import UserStore

ROLE_NAMES = {"enterprise": "企业", "platform": "科创平台", "bureau": "主管部门（区科技局）", "expert": "评审专家",
              "operator": "第三方运营机构", "finance": "区财政", "insurer": "保险公司", "auditor": "审计监督",
              "reviewer": "规则审核员"}  # reviewer: reviews rule files (/rules/review), not a 安心宝 party

# (username, role, party id, display name). Party ids are the 安心宝 actor ids.
DEMO_ACCOUNTS = [
    ("qiye", "enterprise", "E-demo", "演示企业·杭州示例科技有限公司"),
    ("pingtai", "platform", "P-demo", "演示平台·萧山示例研究院"),
    ("kejiju", "bureau", "bureau", "区科技局"),
    ("zhuanjia", "expert", "X-demo", "评审专家·王工"),
    ("yunying", "operator", "operator", "安心宝运营机构"),
    ("caizheng", "finance", "finance", "区财政局"),
    ("baoxian", "insurer", "I-demo", "演示保险公司"),
    ("shenji", "auditor", "auditor", "区审计局"),
]
DEMO_PASSWORD_SUFFIX = "-demo2025"
DEMO_USERNAMES = [a[0] for a in DEMO_ACCOUNTS]
DEMO_START = "2025-04-01"  # the demo book's simulated time (inside the 细则's trial year)


def demo_password(username: str) -> str:
    return f"{username}{DEMO_PASSWORD_SUFFIX}"


def ensure_demo_users(store: UserStore) -> list[dict[str, Any]]:
    """Create (or reset) the demo accounts; return them with their passwords for the sign-in page."""
    out = []
    for username, role, party, name in DEMO_ACCOUNTS:
        password = demo_password(username)
        existing = store.get(username)
        if existing is None or store.authenticate(username, password) is None or existing.role != role:
            store.add(username, password, role=role, display_name=name, party=party, replace=True)
        out.append({"username": username, "password": password, "role": role, "role_zh": ROLE_NAMES[role],
                    "party": name, "actor": f"{role}:{party}"})
    return out


# A demo project taken as far as approval, so a newcomer can walk its first milestone from the
# deposit to the release across roles. Each step has a fixed op id: re-running is a no-op.
DEMO_PROJECT = {"project": "DEMO-1", "platform": "P-demo", "title": "演示：新型传感材料联合研发", "form": "项目合作",
                "contract_total": "300万", "milestones": [{"goal": "材料配方验证", "amount": "100万", "months": 6},
                                                         {"goal": "中试样品", "amount": "200万", "months": 12}]}
DEMO_STEPS = [
    ("enterprise:E-demo", "apply", DEMO_PROJECT),
    ("platform:P-demo", "accept", {"project": "DEMO-1"}),
    ("bureau:bureau", "assign_experts", {"project": "DEMO-1", "experts": ["X-demo"]}),
    ("expert:X-demo", "expert_opinion", {"project": "DEMO-1", "result": "pass", "note": "可行"}),
    ("bureau:bureau", "approve", {"project": "DEMO-1"}),
]


def seed_anxinbao(program) -> None:
    """Initialise the demo book (a replay book marked demo, its clock at DEMO_START: parameters from
    parameters.yaml, risk pool funded) and the demo project."""
    from zhengce.programs.anxinbao import Refused

    try:
        program.init(op_id="init", actor="finance:finance", mode="replay", at=DEMO_START)
    except Refused as exc:
        if getattr(exc, "code", "") != "already_initialised":
            raise
    with program.store.transaction() as tx:
        if tx.one("SELECT value FROM meta WHERE key = 'demo'") is None:
            tx.execute("INSERT INTO meta(key, value) VALUES ('demo', '1')")
    for i, (actor, op, args) in enumerate(DEMO_STEPS, 1):
        try:
            program.execute(actor, op, args, op_id=f"demo-{i}-{op}", at=DEMO_START)
        except Refused as exc:  # e.g. the demo project was already taken further by hand
            if getattr(exc, "code", "") not in ("idempotency_conflict",):
                raise


# -- the demo home ------------------------------------------------------------------------------------

def _sqlite_path(url: str) -> Path | None:
    if url.startswith(("postgresql://", "postgres://")):
        return None
    return Path(url.removeprefix("sqlite:///").removeprefix("sqlite://"))


def book_kind(url: str) -> str | None:
    """'demo', 'live' or 'replay' for an existing 安心宝 book, None if there is none (or it is empty)."""
    path = _sqlite_path(url)
    if path is not None:
        if not path.exists():
            return None
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            finally:
                conn.close()
        except sqlite3.Error:
            return None if path.stat().st_size == 0 else "live"  # unreadable: treat as real, never touch
    else:
        from zhengce.programs.anxinbao.storage import open_store

        store = open_store(url)
        try:
            with store.transaction(write=False) as tx:
                meta = dict(tx.all("SELECT key, value FROM meta"))
        finally:
            store.close()
    if meta.get("demo") == "1":
        return "demo"
    return meta.get("mode")


def home_state(users: UserStore, book_url: str) -> dict[str, Any]:
    names = [u.username for u in users.all()] + sorted(users.disabled())
    demo_users = [n for n in DEMO_USERNAMES if n in names]
    return {"demo_users": demo_users, "other_users": sorted(set(names) - set(DEMO_USERNAMES)),
            "book": book_kind(book_url)}


def demo_allowed(users: UserStore, book_url: str) -> bool:
    """A home may run the demo when it holds no real account and no real book."""
    state = home_state(users, book_url)
    return not state["other_users"] and state["book"] in (None, "demo")


def prepare_home(users: UserStore, book_url: str, *, demo: bool, remove_demo: bool = False) -> list[str]:
    """Check (and with remove_demo, clean) the home before the app starts; returns what was removed."""
    state = home_state(users, book_url)
    if demo:
        if state["other_users"] or state["book"] in ("live", "replay"):
            what = (["正式账户 " + "、".join(state["other_users"][:5])] if state["other_users"] else []) + \
                   ([f"正式账本 {book_url}"] if state["book"] in ("live", "replay") else [])
            raise InputError(f"此数据目录含{'和'.join(what)}，不能以演示模式运行（演示只用于单独的演示目录，"
                             "可设置另一个 ZHENGCE_HOME）")
        return []
    leftovers = (["演示账户 " + "、".join(state["demo_users"])] if state["demo_users"] else []) + \
                ([f"演示账本 {book_url}"] if state["book"] == "demo" else [])
    if not leftovers:
        return []
    if not remove_demo:
        raise InputError(f"此数据目录曾运行演示模式，仍有{'和'.join(leftovers)}；删除后才能正式运行："
                         "zhengce serve --no-demo --remove-demo")
    removed = []
    if state["demo_users"]:
        users.remove(state["demo_users"])
        removed.append("演示账户 " + "、".join(state["demo_users"]))
    if state["book"] == "demo":
        path = _sqlite_path(book_url)
        if path is None:
            raise InputError(f"演示账本在 PostgreSQL（{book_url}）：请手动删除该数据库后再启动")
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
        removed.append(f"演示账本 {book_url}")
    return removed
