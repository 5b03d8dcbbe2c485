"""The one money formatter and parser (zhengce.money): the house style of docs/money.md, exact round
trips, chart units, Chinese errors — and a scan that fails if another money formatter appears in src/."""

from __future__ import annotations

import ast
import re
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhengce.money import (MAX_YUAN, MoneyError, chart_axis, chart_unit, format_fen, format_rate, format_yuan,
                           parse_money, plain_wan, plain_yuan)

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "zhengce"
DOC = REPO / "docs" / "money.md"
MAX_FEN = MAX_YUAN * 100


def doc_table(marker: str) -> list[tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    block = text.split(f"<!-- {marker} -->", 1)[1].split(f"<!-- /{marker} -->", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in block.strip().splitlines()[2:]]
    return [(a.strip(), b.strip()) for a, b in rows]


# -- the house style --------------------------------------------------------------------------------------

def test_examples_in_the_docs_are_the_house_style():
    examples = doc_table("money-examples")
    assert len(examples) >= 10
    for fen, text in examples:
        assert format_fen(int(fen)) == text, fen
        assert parse_money(text, allow_negative=True) == int(fen), text


def test_the_rows_of_the_rules_table_in_the_docs():
    table = DOC.read_text(encoding="utf-8").split("| Amount | Written | Rule |", 1)[1].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    examples = re.findall(r"`(-?[\d,.]+(?:万元|亿元|元))`", "\n".join(rows))
    assert len(examples) >= 10
    for example in examples:
        fen = parse_money(example, allow_negative=True)
        assert format_fen(fen) == example, example


def test_house_style_boundaries():
    assert format_fen(999_999) == "9,999.99元"  # just below 1万: 元 with 分
    assert format_fen(1_000_000) == "1万元"
    assert format_fen(1_000_001) == "10,000.01元"  # 分 above 1万: exact, in 元
    assert format_fen(9_999_999_900) == "9999.9999万元"
    assert format_fen(10_000_000_000) == "1亿元"
    assert format_fen(10_000_000_100) == "10000.0001万元"  # not a whole 万: stays in 万元, exact
    assert format_fen(10_001_000_000) == "1.0001亿元"
    assert format_fen(24_200_000, signed=True) == "+24.2万元" and format_fen(0, signed=True) == "0元"
    assert format_fen(None) == "—"


def test_yuan_inputs_agree_with_fen():
    assert format_yuan(Decimal("242000.25")) == format_fen(24_200_025) == "242,000.25元"
    assert format_yuan(5_000_000) == "500万元" and format_yuan("150000000") == "1.5亿元"
    assert format_yuan(Decimal("0.005")) == "0.005元"  # below a fen: exact, never rounded
    assert format_yuan(None) == "—" and format_yuan("") == "—"


def test_floats_are_never_money():
    with pytest.raises(TypeError):
        format_fen(1.5)
    with pytest.raises(TypeError):
        format_yuan(1.5)
    with pytest.raises(MoneyError, match="浮点数"):
        parse_money(1.5)


def test_rates_are_percents():
    assert format_rate(Decimal("0.3")) == "30%" and format_rate("0.125") == "12.5%"
    assert format_rate(Fraction(1, 3)) == "33.3333%" and format_rate(1) == "100%"
    assert format_rate(0.3) == "30%"  # a rate read back from SQLite: the decimal it prints as


def test_machine_form():
    assert plain_yuan(123456) == "1234.56" and plain_yuan(-5) == "-0.05" and plain_yuan(None) is None
    assert plain_wan(1_000_000) == "1" and plain_wan(1234) == "0.001234" and plain_wan(-250_000_000) == "-250"
    for fen in (0, 1, 99, 1_000_000, 123_456_789, 10**14):
        assert parse_money(plain_wan(fen) + "万") == fen


@given(st.integers(min_value=-MAX_FEN, max_value=MAX_FEN))
def test_every_text_reads_back_to_its_fen(fen):
    text = format_fen(fen)
    assert parse_money(text, allow_negative=True) == fen
    assert parse_money(plain_yuan(fen), allow_negative=True) == fen


@given(st.integers(min_value=0, max_value=MAX_FEN // 1_000_000).map(lambda n: n * 1_000_000))
def test_whole_wan_amounts_are_in_wan_or_yi(fen):
    text = format_fen(fen)
    assert text == "0元" or text.endswith(("万元", "亿元"))
    number = text[:-2] if text.endswith(("万元", "亿元")) else text[:-1]
    assert "," not in number and len(number.partition(".")[2]) <= 4


FULL_WIDTH = str.maketrans("0123456789.,", "０１２３４５６７８９．，")


@given(st.integers(min_value=0, max_value=MAX_YUAN))
def test_the_ways_people_write_a_whole_amount(yuan):
    fen = yuan * 100
    forms = [str(yuan), f"{yuan:,}", f"{yuan:,}元", f"¥{yuan:,}", str(yuan).translate(FULL_WIDTH) + "元"]
    if yuan % 100 == 0:
        wan = format(Decimal(yuan) / 10_000, "f")
        forms += [f"{wan}万", f"{wan}万元", f"{wan}萬", wan.translate(FULL_WIDTH) + "万"]
    if yuan % 1_000_000 == 0:
        forms += [format(Decimal(yuan) / 100_000_000, "f") + "亿"]
    for text in forms:
        assert parse_money(text) == fen, text


# -- charts ------------------------------------------------------------------------------------------------

def test_chart_unit_follows_the_largest_value():
    assert chart_unit([100, None, 999_999]) == ("元", 100)
    assert chart_unit([1_000_000]) == ("万元", 1_000_000)
    assert chart_unit([24_200_025, 4_600_000_000_000]) == ("亿元", 10_000_000_000)
    unit, (a, b) = chart_axis([24_200_025, None], [4_600_000_000_000, 600_000_000_000_000])
    assert unit == "亿元" and a == [Decimal("0.00242"), None] and b == [460, 60000]
    unit, (values,) = chart_axis([420_002_500, 20_000_000])  # never "420.0025" on a bar label
    assert unit == "万元" and values == [Decimal("420"), 20]
    unit, (values,) = chart_axis([420_502_500])
    assert values == [Decimal("420.5")]
    unit, (values,) = chart_axis([500_000, 10_000_000_000, 0])  # 5,000元 on a 亿元 axis: not 0
    assert unit == "亿元" and values == [Decimal("0.00005"), 1, 0]
    assert all(not isinstance(v, float) for v in values)


# -- parsing -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,fen", [
    ("150万", 150_000_000), ("150万元", 150_000_000), ("150萬", 150_000_000), ("1.5亿", 15_000_000_000),
    ("1.5億元", 15_000_000_000), ("150,000", 15_000_000), ("150,000元", 15_000_000), ("¥150,000", 15_000_000),
    ("１５０万", 150_000_000), ("1234.50", 123_450), ("1234.5元", 123_450), (" 300 万 ", 300_000_000),
    ("150，000", 15_000_000), (1500, 150_000), (Decimal("12.34"), 1234), ("0", 0),
])
def test_amounts_as_people_write_them(text, fen):
    assert parse_money(text) == fen


@pytest.mark.parametrize("text", ["abc", "1e7", "NaN", "1,50,000", "150万元整", "万", "", "1.2.3", "0x10", "--5",
                                  "十五万", "150万元" * 5])
def test_anything_else_is_refused_in_chinese(text):
    with pytest.raises(MoneyError) as exc:
        parse_money(text)
    assert "无法识别" in exc.value.message or "过长" in exc.value.message


def test_error_messages():
    with pytest.raises(MoneyError) as exc:
        parse_money("abc")
    assert exc.value.message == "金额「abc」无法识别：请写成 150万、1.5亿 或 150000 这样的数字"
    with pytest.raises(MoneyError) as exc:
        parse_money("abc", field="营业收入")
    assert exc.value.message.startswith("营业收入：金额「abc」无法识别")
    with pytest.raises(MoneyError, match="超过2位小数") as exc:
        parse_money("1.005")
    assert exc.value.code == "fractional_fen"
    with pytest.raises(MoneyError, match="不能为负数"):
        parse_money("-5")
    assert parse_money("-5", allow_negative=True) == -500
    with pytest.raises(MoneyError, match="超过上限 10000亿元") as exc:
        parse_money("10001亿")
    assert exc.value.code == "amount_too_large"
    with pytest.raises(MoneyError, match="超过上限"):
        parse_money("150 000 000 000 000 000 000")
    with pytest.raises(MoneyError, match="过长"):
        parse_money("1" * 41)
    with pytest.raises(MoneyError):
        parse_money(True)


def test_profile_and_registry_facts_use_the_parser():
    from zhengce.registry_input import row_errors
    from zhengce.rules.profile import parse_flat_row

    p = parse_flat_row({"region": "杭州市余杭区", "fin.revenue_yuan": "1.5亿", "fin.rd_spend_yuan": "150,000元"})
    assert p.facts["fin.revenue_yuan"] == 15_000_000_000 and p.facts["fin.rd_spend_yuan"] == 15_000_000
    errors = row_errors({"region": "杭州市余杭区", "fin.revenue_yuan": "很多"})
    assert len(errors) == 1 and "金额「很多」无法识别" in errors[0]


def test_anxinbao_amounts_use_the_parser():
    from zhengce.programs.anxinbao.money import parse_yuan, yuan

    assert parse_yuan("１５０万") == 150_000_000 and parse_yuan("150,000元") == 15_000_000
    assert yuan(123456) == "1234.56"


# -- one formatter -----------------------------------------------------------------------------------------

MONEY_NAME = re.compile(r"^_?(?:format_|fmt_?)?(?:yuan|wan|fen|money|amount|rmb)(?:_text|_str|_display)?$")
MONEY_API = {"format_fen", "format_yuan", "plain_yuan", "plain_wan", "format_rate", "format_percent", "chart_axis",
             "chart_value"}
PATTERNS = [  # hand-made money text
    (re.compile(r"\{[^{}\n]*:,[^{}\n]*\}"), "thousands separators"),
    (re.compile(r"\}\s*(?:万元|亿元|元)"), "a number followed by a money unit"),
    (re.compile(r"/\s*(?:10_?000|1_?000_?000|100_?000_?000|10\s*\*\*\s*[468])\b"), "scaling to 万 or 亿"),
]
TEMPLATE_PATTERN = re.compile(r"\}\}\s*(?:万元|亿元|元)")


def returns_text(fn: ast.FunctionDef) -> bool:
    """Annotated as returning str, or returning an f-string or a str(...) (converters to fen or Decimal are not
    formatters)."""
    if fn.returns is not None:
        return bool(re.fullmatch(r"str( \| None)?|Optional\[str\]|None \| str", ast.unparse(fn.returns)))
    for node in ast.walk(fn):
        if isinstance(node, ast.Return) and node.value is not None:
            v = node.value
            if isinstance(v, ast.JoinedStr) or (isinstance(v, ast.Call) and getattr(v.func, "id", "") == "str"):
                return True
    return False


def test_no_other_money_formatter_in_src():
    """Money text is written by zhengce.money only: a function named like a money formatter must call it, and
    no f-string builds money text by hand (separators, a number followed by 元/万元/亿元, scaling by 10^4/10^8)."""
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "money.py" and path.parent == SRC:
            continue
        rel = path.relative_to(REPO)
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef) and MONEY_NAME.match(node.name) and returns_text(node):
                called = {n.func.id if isinstance(n.func, ast.Name) else getattr(n.func, "attr", "")
                          for n in ast.walk(node) if isinstance(n, ast.Call)}
                if not called & MONEY_API:
                    problems.append(f"{rel}:{node.lineno} def {node.name}: a money formatter not using zhengce.money")
            if isinstance(node, ast.JoinedStr):
                text = ast.get_source_segment(source, node) or ""
                for pattern, why in PATTERNS[:2]:
                    if pattern.search(text):
                        problems.append(f"{rel}:{node.lineno} {why}: {text[:80]}")
        for number, line in enumerate(source.splitlines(), start=1):
            if PATTERNS[2][0].search(line):
                problems.append(f"{rel}:{number} {PATTERNS[2][1]}: {line.strip()[:80]}")
    spreadsheets = SRC / "spreadsheets.py"
    problems = [p for p in problems if not p.startswith(f"{spreadsheets.relative_to(REPO)}:")
                or "thousands separators" not in p]  # column widths measure the 元 cell as Excel shows it
    for path in sorted((SRC / "web" / "templates").rglob("*.html")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if TEMPLATE_PATTERN.search(line):
                problems.append(f"{path.relative_to(REPO)}:{number} a value followed by a money unit: {line.strip()[:80]}")
    assert not problems, "money text made outside zhengce.money:\n" + "\n".join(problems)


def test_the_scan_finds_a_new_formatter(tmp_path):
    """The scan's patterns catch the formatters this project used to have."""
    old = ['f"{int(d):,}元"', 'f"{yuan}元"', "(d / 10000).normalize()", 'f"{q}.{r:02d}"']
    caught = [any(p.search(s) for p, _ in PATTERNS) for s in old]
    assert caught == [True, True, True, False]  # the last is the machine form: named, so caught by name
    assert MONEY_NAME.match("format_yuan") and MONEY_NAME.match("_wan") and MONEY_NAME.match("yuan")
    assert not MONEY_NAME.match("yuan_to_fen") and not MONEY_NAME.match("parse_money")
