"""Demo accounts for trying the 安心宝 console on one's own machine: one per role, with known
passwords shown on the sign-in page in dev mode. Never created unless asked for (`zhengce serve`
on a loopback address, or `--demo`)."""

from __future__ import annotations

from typing import Any

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
    """Initialise the program (parameters from parameters.yaml, risk pool funded) and the demo project."""
    from zhengce.programs.anxinbao import Refused

    try:
        program.init(op_id="init", actor="finance:finance")
    except Refused as exc:
        if getattr(exc, "code", "") != "already_initialised":
            raise
    for i, (actor, op, args) in enumerate(DEMO_STEPS, 1):
        try:
            program.execute(actor, op, args, op_id=f"demo-{i}-{op}")
        except Refused as exc:  # e.g. the demo project was already taken further by hand
            if getattr(exc, "code", "") not in ("idempotency_conflict",):
                raise
