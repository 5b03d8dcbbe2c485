"""Forms met from round 340 on, each in a small text of its own (placeholder sentences that copy no set
document): a sum for each head of stock or each work named after its counter word."""

from __future__ import annotations

from tests.reading.awards_of import doc_of as _doc, incentives_of


def _forms(text: str) -> list[tuple]:
    return [(p.fields["form"], (p.fields.get("per_unit") or {}).get("award_yuan") or p.fields.get("amount_yuan"),
             (p.fields.get("per_unit") or {}).get("unit")) for p in incentives_of(_doc(text))]


def test_a_sum_for_each_head_of_stock_named_after_its_counter_is_per_unit():
    assert _forms("某县对异地迁建的养殖场,按照每只肉羊30元给予一次性补助。") == [("per_unit", 30, "只")]
    assert _forms("某市对入选国家重点推介目录的纪录片,每部另奖励20万元。") == [("per_unit", 200000, "部")]


def test_at_most_so_much_for_each_work_is_a_bound_not_a_sum_per_unit():
    assert [f for f, _, _ in _forms("某市对年度优秀动画片,给予每部最高15万元资金扶持。")] == ["up_to"]
