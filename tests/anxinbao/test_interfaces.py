"""CLI and REST: the same program through `zhengce anxinbao …` and the FastAPI router."""

import json

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from zhengce.cli import main
from zhengce.cli.anxinbao import OPERATION_NAMES
from zhengce.programs.anxinbao import OPERATIONS, Program
from zhengce.programs.anxinbao.api import get_actor, router
from zhengce.programs.anxinbao.roles import Actor

from .conftest import EXAMPLES


def test_cli_lists_every_operation():
    assert sorted(OPERATION_NAMES) == sorted(OPERATIONS)


def test_cli_replay_json(capsys):
    assert main(["anxinbao", "replay", str(EXAMPLES / "03_insurance_payout.yaml"), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["balances"]["pool"] == "96000000.00" and out["verify"]["ok"]


def test_cli_operations_and_errors(tmp_path, capsys):
    db = str(tmp_path / "c.sqlite")
    assert main(["anxinbao", "init", "--db", db, "--mode", "replay", "--set", "pool_initial=500万"]) == 0
    args = ["anxinbao", "apply", "--db", db, "--as", "enterprise:E1", "--id", "a1", "project=P1", "platform=PF1",
            "contract_total=300万", "milestones=[{amount: 300万, months: 12}]"]
    assert main(args) == 0
    assert main(args) == 0  # retry: same answer
    assert "replayed" in capsys.readouterr().out
    assert main(["anxinbao", "accept", "--db", db, "--as", "platform:PF2", "--id", "x", "project=P1"]) == 2
    assert "不能对其他平台的项目 P1 揭榜承接" in capsys.readouterr().err
    assert main(["anxinbao", "status", "--db", db, "--json"]) == 0
    state = json.loads(capsys.readouterr().out)
    assert state["balances"]["pool"] == "5000000.00" and state["projects"]["P1"]["state"] == "applied"
    assert main(["anxinbao", "show", "P1", "--db", db, "--as", "enterprise:E2"]) == 2
    assert main(["anxinbao", "balances", "--db", db, "--as", "enterprise:E1", "--json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {"enterprise:E1", "escrow:P1"}
    assert main(["anxinbao", "verify", "--db", db]) == 0


@pytest.fixture
def client(tmp_path):
    prog = Program.open(tmp_path / "api.sqlite")
    prog.init(mode="replay")
    app = FastAPI()
    app.include_router(router(lambda: prog.store), prefix="/api/anxinbao")
    return TestClient(app), app


def h(role, ident):
    return {"X-Actor-Role": role, "X-Actor-Id": ident}


def test_api_flow_and_errors(client):
    c, _ = client
    body = {"op_id": "a1", "operation": "apply", "args": {"project": "P1", "platform": "PF1", "contract_total": "300万",
                                                          "milestones": [{"amount": "300万", "months": 12}]}}
    r = c.post("/api/anxinbao/operations", json=body, headers=h("enterprise", "E1"))
    assert r.status_code == 200 and r.json()["result"]["state"] == "applied"
    assert c.post("/api/anxinbao/operations", json=body, headers=h("enterprise", "E1")).json()["replayed"]
    r = c.post("/api/anxinbao/operations", json={**body, "args": {**body["args"], "contract_total": "400万"}},
               headers=h("enterprise", "E1"))
    assert r.status_code == 409 and r.json()["detail"]["code"] == "idempotency_conflict"
    r = c.post("/api/anxinbao/projects/P1/accept", json={}, headers={**h("platform", "PF1"), "Idempotency-Key": "k1"})
    assert r.status_code == 200
    assert c.get("/api/anxinbao/projects/P1", headers=h("enterprise", "E2")).status_code == 403
    assert c.get("/api/anxinbao/projects/P9", headers=h("auditor", "A")).status_code == 404
    assert c.get("/api/anxinbao/projects", headers=h("enterprise", "E2")).json() == []
    r = c.post("/api/anxinbao/projects/P1/pay_deposit", json={"op_id": "d", "args": {"amount": "30万"}},
               headers=h("enterprise", "E1"))
    assert r.status_code == 409 and r.json()["detail"]["code"] == "not_approved"
    r = c.post("/api/anxinbao/operations", json={"op_id": "t", "operation": "top_up_pool", "args": {"amount": "0.001"}},
               headers=h("finance", "district"))
    assert r.status_code == 422 and r.json()["detail"]["code"] == "fractional_fen"
    r = c.post("/api/anxinbao/operations", json={"op_id": "t2", "operation": "top_up_pool", "args": {"amount": 1.5}},
               headers=h("finance", "district"))
    assert r.status_code == 422 and "不用浮点数" in r.json()["detail"]["message"]
    assert c.get("/api/anxinbao/verify", headers=h("enterprise", "E1")).status_code == 403
    assert c.get("/api/anxinbao/verify", headers=h("auditor", "A")).json()["ok"]
    assert c.post("/api/anxinbao/operations", json={**body, "op_id": "aud"}, headers=h("auditor", "A")).status_code == 403
    assert c.get("/api/anxinbao/projects").status_code == 401
    assert c.get("/api/anxinbao/parameters").json()["parameters"]["pool_initial"]["value"] == "1亿"


def test_api_actor_dependency_can_be_overridden(client):
    c, app = client
    app.dependency_overrides[get_actor] = lambda: Actor("auditor", "from-auth")
    assert c.get("/api/anxinbao/summary").status_code == 200
