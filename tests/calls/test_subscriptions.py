"""政策找企业: subscriptions told what is new (newly eligible, higher amount, new deadline), only once."""

import datetime as dt
import json
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml

from zhengce.errors import InputError, NotFound
from zhengce.programs.calls.model import DATA_DIR, load_dir
from zhengce.programs.calls.subscriptions import Subscriptions, feed_atom, feed_json
from zhengce.rules.rulebook import POLICY_DIR, load_dir as load_rules

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "examples/profiles/hangzhou-auto-parts-2025.json"
D = dt.date(2025, 5, 1)
SZH_RULES = "zhejiang/hangzhou/2025-digital-sample.yaml"  # the 数字化转型 notice's rule file


@pytest.fixture
def dirs(tmp_path):
    """Rule and call folders without the 数字化转型 notice: the 'before' of ingesting it."""
    rules, calls = tmp_path / "rules", tmp_path / "calls"
    shutil.copytree(POLICY_DIR, rules)
    shutil.copytree(DATA_DIR, calls)
    (rules / SZH_RULES).unlink()
    (calls / "hangzhou/2025/szh-sample-enterprise.yaml").unlink()
    return rules, calls


@pytest.fixture
def subs(tmp_path):
    s = Subscriptions(tmp_path / "subs.sqlite")
    yield s
    s.close()


def _profile(tmp_path, **extra):
    data = json.loads(PROFILE.read_text(encoding="utf-8"))
    data.update(extra)
    p = tmp_path / "p.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return p


def test_ingesting_the_call_notifies_the_new_call_and_its_deadline_once(tmp_path, dirs, subs):
    rules, calls = dirs
    sub = subs.subscribe(str(PROFILE), "汽配企业", on=D, rulebook=load_rules(rules), calls=load_dir(calls))
    assert subs.notifications(sub["id"]) == []  # the baseline notifies nothing
    shutil.copy(DATA_DIR / "hangzhou/2025/szh-sample-enterprise.yaml", calls / "hangzhou/2025/")
    run = subs.refresh(on=D, reason="ingest 数字化转型通知", rulebook=load_rules(rules), calls=load_dir(calls))
    assert run["notifications"] == 2
    got = {n["change"]: n for n in subs.notifications(sub["id"])}
    assert got["new_call"]["item"] == "call:hangzhou-2025-szh-sample"
    assert got["new_call"]["new_yuan"] == "200000.00"
    assert "20 萬元/家" in got["new_call"]["quote"]
    assert got["new_deadline"]["item"].endswith("@2025-06-06")
    assert got["new_deadline"]["reason"] == "ingest 数字化转型通知"
    # the same document again: nobody is notified twice
    again = subs.refresh(on=D, reason="ingest again", rulebook=load_rules(rules), calls=load_dir(calls))
    assert again["notifications"] == 0
    assert len(subs.notifications(sub["id"])) == 2


def test_reviewed_rule_file_newly_eligible_then_higher_amount(tmp_path, dirs, subs):
    rules, calls = dirs
    p = _profile(tmp_path, recognitions=[{"type": "digital_transformation_sample", "date": "2025-07-01"}])
    on = dt.date(2025, 8, 1)
    sub = subs.subscribe(str(p), "样本企业", on=on, rulebook=load_rules(rules), calls=load_dir(calls))
    rule = yaml.safe_load((POLICY_DIR / SZH_RULES).read_text(encoding="utf-8"))
    rule["rules"][0]["formula"]["amount_yuan"] = 100000
    (rules / SZH_RULES).write_text(yaml.safe_dump(rule, allow_unicode=True), encoding="utf-8")
    subs.refresh(on=on, rulebook=load_rules(rules), calls=load_dir(calls))
    (n,) = subs.notifications(sub["id"])
    assert (n["change"], n["item"], n["new_yuan"]) == ("new_eligible", "rule:hangzhou-2025-digital-sample", "100000.00")
    shutil.copy(POLICY_DIR / SZH_RULES, rules / SZH_RULES)  # the reviewed file: 20万
    subs.refresh(on=on, rulebook=load_rules(rules), calls=load_dir(calls))
    latest = subs.notifications(sub["id"])[0]
    assert (latest["change"], latest["old_yuan"], latest["new_yuan"]) == ("higher_amount", "100000.00", "200000.00")
    assert subs.refresh(on=on, rulebook=load_rules(rules), calls=load_dir(calls))["notifications"] == 0


def test_registry_subscription_only_the_eligible_members(tmp_path, dirs, subs):
    rules, calls = dirs
    reg = tmp_path / "reg.csv"
    reg.write_text("id,region,industry\nA,杭州市萧山区,auto_parts\nB,杭州市萧山区,software_it\n"
                   "C,湖州市吴兴区,auto_parts\nD,杭州市滨江区,communication_equipment\n", encoding="utf-8")
    sub = subs.subscribe(str(reg), "园区名录", on=D, rulebook=load_rules(rules), calls=load_dir(calls))
    assert sub["kind"] == "registry" and sub["members"] == 4
    shutil.copy(DATA_DIR / "hangzhou/2025/szh-sample-enterprise.yaml", calls / "hangzhou/2025/")
    subs.refresh(on=D, rulebook=load_rules(rules), calls=load_dir(calls))
    members = sorted({n["member"] for n in subs.notifications(sub["id"])})
    assert members == ["A", "D"]


def test_feeds_parse(tmp_path, dirs, subs):
    rules, calls = dirs
    sub = subs.subscribe(str(PROFILE), "汽配", on=D, rulebook=load_rules(rules), calls=load_dir(calls))
    shutil.copy(DATA_DIR / "hangzhou/2025/szh-sample-enterprise.yaml", calls / "hangzhou/2025/")
    subs.refresh(on=D, rulebook=load_rules(rules), calls=load_dir(calls))
    items = subs.notifications(sub["id"])
    atom = ElementTree.fromstring(feed_atom(sub, items))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert len(atom.findall("a:entry", ns)) == 2
    assert "数字化转型" in atom.find("a:entry/a:title", ns).text
    feed = feed_json(sub, items)
    assert feed["version"] == "https://jsonfeed.org/version/1.1" and len(feed["items"]) == 2
    assert subs.by_token(sub["token"])["id"] == sub["id"]


def test_bad_input(tmp_path, subs):
    with pytest.raises(InputError):
        subs.subscribe(str(tmp_path / "none.json"), "x", on=D)
    with pytest.raises(InputError):
        subs.subscribe(str(PROFILE), "  ", on=D)
    with pytest.raises(NotFound):
        subs.get(99)
    with pytest.raises(InputError):
        subs.get("abc")
    with pytest.raises(NotFound):
        subs.by_token("nope")


def _cli(*args, home):
    import subprocess
    import sys
    return subprocess.run([sys.executable, "-m", "zhengce", *args], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT / "src"), "ZHENGCE_HOME": str(home), "PATH": "/usr/bin"})


def test_cli_subscribe_notify_feed_and_errors(tmp_path):
    r = _cli("subscribe", str(PROFILE), "--name", "汽配", "--date", "2025-05-01", "--json", home=tmp_path)
    assert r.returncode == 0, r.stderr
    sid = str(json.loads(r.stdout)["id"])
    r = _cli("notify", "--date", "2025-05-01", "--json", home=tmp_path)
    assert r.returncode == 0 and json.loads(r.stdout)["run"]["notifications"] == 0
    r = _cli("notify", "--subscription", sid, "--feed", "atom", home=tmp_path)
    assert r.returncode == 0 and "<feed" in r.stdout
    for args, needle in [(["notify", "--subscription", "9"], "没有订阅"), (["notify", "--subscription", "x"], "整数"),
                         (["notify", "--feed", "json"], "--subscription"), (["notify", "--date", "2025-13-01"], "YYYY"),
                         (["subscribe", "nope.json", "--name", "x"], "不存在")]:
        r = _cli(*args, home=tmp_path)
        assert r.returncode == 2 and needle in r.stderr and "Traceback" not in r.stderr, (args, r.stderr)


def test_ingest_recomputes_subscriptions(tmp_path):
    _cli("subscribe", str(PROFILE), "--name", "汽配", home=tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "src/zhengce/corpus/004_c74db4dc4724db3b.txt", docs)
    r = _cli("ingest", str(docs), home=tmp_path)
    assert r.returncode == 0 and "政策找企业: 1 个订阅" in r.stderr
    r = _cli("ingest", str(docs), home=tmp_path)  # unchanged: nothing recomputed, nobody notified twice
    assert "政策找企业" not in r.stderr


def test_a_broken_subscription_does_not_stop_the_others(tmp_path, dirs, subs):
    rules, calls = dirs
    p = _profile(tmp_path)
    first = subs.subscribe(str(p), "将被删除", on=D, rulebook=load_rules(rules), calls=load_dir(calls))
    second = subs.subscribe(str(PROFILE), "汽配", on=D, rulebook=load_rules(rules), calls=load_dir(calls))
    p.unlink()
    shutil.copy(DATA_DIR / "hangzhou/2025/szh-sample-enterprise.yaml", calls / "hangzhou/2025/")
    run = subs.refresh(on=D, rulebook=load_rules(rules), calls=load_dir(calls))
    assert run["notifications"] == 2 and len(run["errors"]) == 1 and f"#{first['id']}" in run["errors"][0]
    assert len(subs.notifications(second["id"])) == 2


# -- reviewing a rule file recomputes the subscriptions by itself (issue 11) ---------------------------------

def _pending_copy(tmp_path, suffix=""):
    """The 数字化转型 rule file as a drafted file: its rule pending review (id renamed when suffix)."""
    data = yaml.safe_load((POLICY_DIR / SZH_RULES).read_text(encoding="utf-8"))
    for r in data["rules"]:
        r["id"] += suffix
        r["review"] = "pending"
    p = tmp_path / "drafted-szh.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return p


def test_reviewing_accepts_notify_once_pending_never(tmp_path, monkeypatch):
    """The library path the CLI and the web page share: a pending rule notifies nobody; accepting it
    notifies the qualifying subscriber once; the same review again notifies nobody."""
    from zhengce.programs.calls import subscriptions as mod
    from zhengce.rules.review import ReviewFile
    monkeypatch.setenv("ZHENGCE_SUBSCRIPTIONS_DB", str(tmp_path / "subs.sqlite"))
    on = dt.date(2025, 8, 1)
    yes = _profile(tmp_path, recognitions=[{"type": "digital_transformation_sample", "date": "2025-07-01"}])
    (tmp_path / "no").mkdir()
    no = _profile(tmp_path / "no", industry="software_it",
                  recognitions=[{"type": "digital_transformation_sample", "date": "2025-07-01"}])
    assert mod.notify_after_review(SZH_RULES, "x", "r", on=on) is None  # nobody subscribed: nothing to do
    subs = Subscriptions(tmp_path / "subs.sqlite")
    a = subs.subscribe(str(yes), "样本企业", on=on)
    b = subs.subscribe(str(no), "软件企业", on=on)
    review = ReviewFile(_pending_copy(tmp_path).read_text(encoding="utf-8"), SZH_RULES)
    # the shipped file under review as drafted (pending): its rule no longer counts, nobody is notified
    run = mod.notify_after_review(SZH_RULES, review.dump(), "审核开始", on=on)
    assert run["notifications"] == 0
    review.decide("hangzhou-2025-digital-sample", "accept", "张三")
    run = mod.notify_after_review(SZH_RULES, review.dump(), "规则审核", on=on)
    assert run["notifications"] == 1
    (n,) = subs.notifications(a["id"])
    assert (n["change"], n["item"], n["new_yuan"], n["reason"]) == (
        "new_eligible", "rule:hangzhou-2025-digital-sample", "200000.00", "规则审核")
    assert subs.notifications(b["id"]) == []
    assert mod.notify_after_review(SZH_RULES, review.dump(), "规则审核", on=on)["notifications"] == 0
    # a reviewed file that does not load with the others is not kept, and nothing changes
    with pytest.raises(InputError, match="未纳入"):
        mod.notify_after_review("other.yaml", review.dump(), "重复规则", on=on)  # same rule id twice
    assert not (subs.reviewed_dir / "reviewed" / "other.yaml").exists()
    assert subs.refresh(on=on)["notifications"] == 0  # later recomputations keep the reviewed file
    subs.close()


def test_cli_rules_review_notifies_once(tmp_path):
    home = tmp_path / "home"
    p = _profile(tmp_path, recognitions=[{"type": "digital_transformation_sample", "date": "2025-07-01"}])
    r = _cli("subscribe", str(p), "--name", "样本企业", "--date", "2025-08-01", home=home)
    assert r.returncode == 0, r.stderr
    draft = _pending_copy(tmp_path, suffix="-drafted")
    args = ("rules", "review", str(draft), "--accept", "hangzhou-2025-digital-sample-drafted", "--by", "张三",
            "--date", "2025-08-01")
    r = _cli(*args, home=home)
    assert r.returncode == 0, r.stderr
    assert "政策找企业: 1 个订阅, 新通知 1 条" in r.stderr
    r = _cli(*args, home=home)  # the same review again: nobody notified twice
    assert r.returncode == 0 and "新通知 0 条" in r.stderr, r.stderr
    r = _cli("notify", "--no-refresh", "--json", home=home)
    items = json.loads(r.stdout)["notifications"]
    assert [n["item"] for n in items] == ["rule:hangzhou-2025-digital-sample-drafted"]
