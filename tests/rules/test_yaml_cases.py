"""The YAML cases beside each rule file (profile + date -> expected entitlements)."""

import pytest

from zhengce.rules import load_rulebook
from zhengce.rules.cases import load_cases, rules_covered, run_case

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[f"{c.file.stem}:{c.name}" for c in CASES])
def test_case(case):
    assert run_case(case, load_rulebook()) == []


def test_every_rule_and_stacking_group_has_a_case():
    book = load_rulebook()
    covered = rules_covered(CASES)
    assert [r.id for r in book.rules if r.id not in covered] == []
    assert [g for g, grp in book.groups.items() if not any(r.id in covered for r in grp.rules)] == []


def test_every_rule_file_has_a_tests_file():
    book = load_rulebook()
    for doc in book.documents:
        assert doc.source.with_name(doc.source.stem + ".tests.yaml").exists(), doc.key
