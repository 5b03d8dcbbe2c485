"""The program's parameters, read from parameters.yaml (values with citations), with overrides.

The values in force are stored in the database at `init`, so a running program keeps the rules it
started with even if the data file changes later.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from .errors import InvalidInput
from .money import parse_ratio, parse_yuan
from zhengce.programs.core import zh

PARAMETERS_FILE = Path(__file__).with_name("parameters.yaml")

_MONEY = {"min_contract_total", "premium_subsidy_cap", "funding_subsidy_cap_per_enterprise_year",
          "pool_initial"}
_RATIO = {"first_deposit_min_ratio", "next_deposit_min_ratio", "budget_min_ratio",
          "premium_subsidy_rate", "funding_subsidy_rate", "pool_advance_max_ratio"}
_ENUMS = {"on_pool_insufficient": {"refuse"}, "premium_subsidy_cap_scope": {"per_project"},
          "payout_deduction": {"same_project_same_year"}, "subsidy_rounding": {"down_to_fen"}}


def load_document(path: Path | None = None) -> dict:
    with open(path or PARAMETERS_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _check(name: str, value: Any) -> Any:
    """Validate one value (raises InvalidInput); returns it unchanged."""
    if name in _MONEY:
        if parse_yuan(value, what=name) < 0:
            raise InvalidInput(f"参数 {name} 不能为负")
    elif name in _RATIO:
        if parse_ratio(value, what=name) < 0:
            raise InvalidInput(f"参数 {name} 不能为负")
    elif name in _ENUMS:
        if value not in _ENUMS[name]:
            raise InvalidInput(f"参数 {name}：{value!r} 不是可选值（{'、'.join(sorted(_ENUMS[name]))}）")
    elif name in ("milestone_max_months", "expert_opinions_required"):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InvalidInput(f"参数 {name} 应为整数，收到 {value!r}")
    elif not isinstance(value, bool):
        raise InvalidInput(f"参数 {name} 应为 true 或 false，收到 {value!r}")
    return value


def resolve(overrides: dict | None = None, document: dict | None = None) -> dict:
    """The parameters document with overrides applied to values: {name: value} for any parameter or choice."""
    doc = copy.deepcopy(document or load_document())
    known = {**doc["parameters"], **doc["choices"]}
    if overrides is not None and not isinstance(overrides, dict):
        raise InvalidInput("参数：请写成“参数名: 值”的映射")
    for name, value in (overrides or {}).items():
        if name not in known:
            raise InvalidInput(f"未知参数 {name!r}", hint=f"可用参数：{', '.join(sorted(known))}")
        known[name]["value"] = value
        known[name]["overridden"] = True
    for name, entry in known.items():
        _check(name, entry["value"])
    return doc


@dataclass(frozen=True)
class Parameters:
    """Typed view of a resolved parameters document: money in fen, ratios as exact fractions."""

    document: dict

    def __getattr__(self, name: str) -> Any:
        doc = object.__getattribute__(self, "document")
        entry = doc["parameters"].get(name) or doc["choices"].get(name)
        if entry is None:
            raise AttributeError(name)
        value = entry["value"]
        if name in _MONEY:
            return parse_yuan(value, what=name)
        if name in _RATIO:
            return parse_ratio(value, what=name)
        return value

    @property
    def period_start(self) -> str:
        """First day the 细则 applies (施行日期), ISO."""
        return str(self.document["source"]["effective"])

    @property
    def period_end(self) -> str:
        """First day after the trial period (試行期一年): effective + trial_period_years, ISO."""
        start = dt.date.fromisoformat(self.period_start)
        years = int(self.document["source"].get("trial_period_years") or 1)
        try:
            end = start.replace(year=start.year + years)
        except ValueError:  # 29 February
            end = start.replace(year=start.year + years, day=28)
        return end.isoformat()

    def citation(self, name: str) -> dict:
        entry = self.document["parameters"].get(name) or self.document["choices"][name]
        return {"document": self.document["source"]["file"], "doc_index": self.document["source"]["document"],
                **entry["citation"]}

    def to_json(self) -> dict:
        """The document in force; each entry's `meaning` (a description, not a value) is the shipped file's
        Chinese text, so a book started under an older file is described in the words of the current one."""
        doc = copy.deepcopy(self.document)
        shipped = load_document()
        for part in ("parameters", "choices"):
            for name, entry in (doc.get(part) or {}).items():
                meaning = (shipped.get(part) or {}).get(name, {}).get("meaning")
                if meaning:
                    entry["meaning"] = meaning
        return doc


def load(overrides: dict | None = None) -> Parameters:
    return Parameters(resolve(overrides))
