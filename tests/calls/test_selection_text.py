"""The selection's ids and free text go through the shared checks (docs/anxinbao.md, "Ids and text"):
refused in Chinese with a stable code, and nothing applied."""

import pytest

from zhengce.programs.core.errors import Refused

from .test_selection import _book, _snapshot


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("ZHENGCE_HOME", str(tmp_path))
    monkeypatch.delenv("ZHENGCE_LEDGER_KEY_FILE", raising=False)


APPLY = {"application": "Z9", "group": "auto_parts", "district": "萧山区"}


@pytest.mark.parametrize("upto, actor, op, args, code", [
    ("apply-A01", "enterprise:E-Z9", "apply", {**APPLY, "application": "../Z9"}, "invalid_id"),
    ("apply-A01", "enterprise:E-Z9", "apply", {**APPLY, "name": "某" * 201}, "text_too_long"),
    ("apply-A01", "enterprise:E-Z9", "apply", {**APPLY, "name": "某某\u202e司公"}, "control_character"),
    ("objection-A06", "enterprise:E-A05", "object", {"application": "A06", "reason": "理" * 2001}, "text_too_long"),
    ("objection-A06", "enterprise:E-A05", "object", {"application": "A06", "reason": "  "}, "missing_argument"),
])
def test_selection_text_is_checked_with_no_effect(tmp_path, upto, actor, op, args, code):
    prog, events = _book(tmp_path, upto)
    before = _snapshot(prog)
    with pytest.raises(Refused) as exc:
        prog.execute(actor, op, args, op_id=f"try-{upto}", at=events[upto]["at"])
    assert exc.value.code == code and len(str(exc.value)) < 200
    assert _snapshot(prog) == before
    prog.close()


def test_a_multi_line_objection_is_kept(tmp_path):
    prog, events = _book(tmp_path, "objection-A06")
    prog.execute("enterprise:E-A05", "object", {"application": "A06", "reason": "一、未验收。\r\n二、材料不全。"},
                 op_id="obj-ml", at=events["objection-A06"]["at"])
    with prog.store.transaction(write=False) as tx:
        (doc,) = tx.one("SELECT doc FROM entities WHERE kind = 'objection'")
    assert "一、未验收。\\n二、材料不全。" in doc
    prog.close()
