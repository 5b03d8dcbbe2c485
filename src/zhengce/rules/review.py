"""Reviewing a rule file: each pending rule beside its quote, its article and its review notes;
accept, edit (conditions or formula), reject, or skip. The CLI (`zhengce rules review`) and the web
page (/rules/review) share this module.

The file is rewritten with ruamel.yaml (round trip), so comments and key order survive. A decision
records `review`, `reviewed_by` and `reviewed_at` (the server's clock, UTC). An edit is checked by
parsing the new conditions or formula before it is kept; the whole file must still load.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from zhengce.errors import InputError, NotFound
from zhengce.rules.rulefile import check_edit

ACTIONS = ("accept", "reject", "edit", "skip")
EDITABLE = ("conditions", "formula")


def _yaml() -> YAML:
    y = YAML()  # round trip: comments, order and flow style are kept
    y.preserve_quotes = True
    y.width = 4096  # never fold a long quote
    y.allow_unicode = True
    y.indent(mapping=2, sequence=4, offset=2)  # the house style: "  - id: …" under "rules:"
    return y


def _plain(node: Any) -> Any:
    """ruamel's commented containers as plain dicts/lists (for the loader and for JSON)."""
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    if isinstance(node, dt.datetime):
        return node.isoformat()
    return node


class ReviewFile:
    """One rule file under review."""

    def __init__(self, text: str, name: str = "rules.yaml"):
        self.name = name
        try:
            self.data = _yaml().load(text)
        except YAMLError as exc:
            raise InputError(f"{name}：不是有效的 YAML（{str(exc).splitlines()[0]}）") from None
        except RecursionError:
            raise InputError(f"{name}：嵌套过深，不能作为规则文件") from None
        _plain_tree(self.data, name)
        if not isinstance(self.data, dict) or not isinstance(self.data.get("document"), dict) \
                or not isinstance(self.data.get("rules"), list):
            raise InputError(f"{name}：不是规则文件（需要 document 文件头和 rules 列表）")
        self.header_problem = self.problem_of(None)  # shown, not fatal: the reviewer may be here to fix it

    # reading
    def rules(self) -> list:
        return [r for r in self.data["rules"] if isinstance(r, dict)]

    def rule(self, rule_id: str):
        for r in self.rules():
            if r.get("id") == rule_id:
                return r
        raise NotFound(f"{self.name}：没有规则 {rule_id!r}")

    def status(self, rule) -> str:
        return rule.get("review", "accepted")

    def pending(self) -> list:
        return [r for r in self.rules() if self.status(r) == "pending"]

    def context(self, rule) -> dict:
        """What a reviewer sees: the rule, its quote, the text of the cited article, the review notes."""
        from zhengce.rules.fidelity import article_text
        from zhengce.rules import corpus
        doc = self.data["document"]
        found, problem = corpus.find(doc.get("content_hash"), _plain(doc))
        article, article_problem, art_id = None, None, None
        if found is not None and rule.get("article") is not None:
            article, article_problem = article_text(found, rule.get("article"), rule.get("section"))
            if article_problem is None:
                art_id = found.relative_id(found.articles(rule.get("article"), rule.get("section"))[0])
        quote = str(rule.get("quote") or "")
        return {"id": rule.get("id"), "review": self.status(rule), "trigger": rule.get("trigger"),
                "article": rule.get("article"), "section": rule.get("section"), "article_id": art_id, "quote": quote,
                "quote_in_article": bool(article and quote and quote in article),
                "article_text": article, "document_problem": problem or article_problem,
                "review_notes": [str(n) for n in (rule.get("review_notes") or [])],
                "beneficiary": rule.get("beneficiary"), "conditions": _plain(rule.get("conditions") or []),
                "formula": _plain(rule.get("formula")), "interpretation": rule.get("interpretation"),
                "reviewed_by": rule.get("reviewed_by"), "reviewed_at": _plain(rule.get("reviewed_at")),
                "problem": self.problem_of(rule) if self.header_problem is None else None}

    # deciding
    def decide(self, rule_id: str, action: str, by: str, edits: dict | None = None,
               now: dt.datetime | None = None) -> None:
        if action not in ACTIONS:
            raise InputError(f"审核操作 {action!r} 无效：应为 {', '.join(ACTIONS)} 之一")
        if action == "skip":
            return
        by = (by or "").strip()
        if not by:
            raise InputError("审核：请写明审核人（--by NAME）")
        rule = self.rule(rule_id)
        if action == "edit":
            self._edit(rule, edits or {})
            status = "accepted"
        else:
            status = "accepted" if action == "accept" else "rejected"
        if status == "accepted":  # a rule is accepted only as a rule the engine can load
            problem = self.problem_of(rule) if action == "accept" else None
            if problem:
                raise InputError(f"{rule_id}：按现在的写法不能通过——{problem}；请修改或驳回")
        at = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0).isoformat()
        _put_after(rule, "id", "review", status)  # next to the id, not after the rule's trailing blank line
        _put_after(rule, "review", "reviewed_by", by)
        _put_after(rule, "reviewed_by", "reviewed_at", at)

    def _edit(self, rule, edits: dict) -> None:
        from zhengce.rules.conditions import parse_condition
        from zhengce.rules.formulas import Formula
        unknown = set(edits) - set(EDITABLE)
        if unknown:
            raise InputError(f"审核修改：只能修改 {', '.join(EDITABLE)}，不能修改 {sorted(unknown)}")
        for key, value in edits.items():
            if isinstance(value, str):
                value = parse_yaml_value(value, f"{rule.get('id')}.{key}")
            _plain_tree(value, f"{rule.get('id')}.{key}")
            check_edit(key, _plain(value), str(rule.get("id")))  # types first: one Chinese line, no Python text
            try:
                if key == "conditions":
                    if not isinstance(value, list):
                        raise InputError("conditions 应为列表")
                    [parse_condition(_plain(c)) for c in value]
                else:
                    if not isinstance(value, dict):
                        raise InputError("formula 应为映射，例如 {form: fixed, amount_yuan: 100000}")
                    Formula(_plain(value))
            except (InputError, ValueError, KeyError, TypeError, AttributeError, IndexError, ArithmeticError) as exc:
                msg = exc.message if isinstance(exc, InputError) else str(exc) if _chinese(str(exc)) \
                    else "写法不符合规则格式（见 docs/rules.md）"
                raise InputError(f"{rule.get('id')}.{key}：{msg}") from None
            rule[key] = value

    def problem_of(self, rule) -> str | None:
        """Why the header (rule None) or one rule would not load (structure, facts, formulas), or None."""
        from pathlib import Path

        from zhengce.rules.rulebook import load_file
        data = {"document": _plain(self.data["document"]), "rules": [] if rule is None else [_plain(rule)]}
        key = Path(self.name).stem
        try:
            load_file(Path(self.name), 0, key, data)
        except InputError as exc:  # without the "file：" / "file：规则 id：" that load_file puts before it
            prefixes = [f"{key}："] if rule is None else [f"{key}：规则 {rule.get('id') or 1}：", f"{key}："]
            return next((exc.message[len(p):] for p in prefixes if exc.message.startswith(p)), exc.message)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            return str(exc) if _chinese(str(exc)) else "结构不符合规则格式（见 docs/rules.md）"
        return None

    def dump(self) -> str:
        out = io.StringIO()
        _yaml().dump(self.data, out)
        return out.getvalue()

    def summary(self) -> dict:
        counts: dict[str, int] = {}
        for r in self.rules():
            counts[self.status(r)] = counts.get(self.status(r), 0) + 1
        return counts


MAX_DEPTH = 40
MAX_NODES = 200_000


def _plain_tree(root: Any, name: str) -> None:
    """A rule file is a plain tree: no YAML anchors/aliases (a shared node could expand without bound,
    "billion laughs"), bounded depth and size. Checked iteratively, once per node."""
    seen: set[int] = set()
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        if id(node) in seen:
            raise InputError(f"{name}：规则文件中不允许使用 YAML 锚点和别名（&、*）")
        seen.add(id(node))
        if depth > MAX_DEPTH or len(seen) > MAX_NODES:
            raise InputError(f"{name}：嵌套过深或内容过大，不能作为规则文件")
        children = node.values() if isinstance(node, dict) else node
        stack.extend((c, depth + 1) for c in children)


def _put_after(mapping, after: str, key: str, value) -> None:
    if key in mapping:
        mapping[key] = value
        return
    keys = list(mapping.keys())
    pos = keys.index(after) + 1 if after in keys else len(keys)
    if hasattr(mapping, "insert"):
        mapping.insert(pos, key, value)
    else:
        mapping[key] = value


def parse_yaml_value(text: str, where: str) -> Any:
    try:
        return _yaml().load(text)
    except YAMLError as exc:
        raise InputError(f"{where}：不是有效的 YAML（{str(exc).splitlines()[0]}）") from None
    except RecursionError:
        raise InputError(f"{where}：嵌套过深") from None


def _chinese(text: str) -> bool:
    """Our own messages are Chinese; Python's (English) never reach a reviewer."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
