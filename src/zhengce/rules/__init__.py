"""Rules as code: what an enterprise, a person or a project is entitled to — how much, why, and
from which clause.

Public API (used by the CLI and the web layer):
    load_rulebook() -> Rulebook           every rule file of the tree rules/policies/<province>/<city>/…/<year>.yaml
    evaluate(profile, date) -> Result     one profile (dict or Profile) on a date; Result.to_json()
    parse_profile(dict) -> Profile        validation with errors that name the field
    profile_schema() -> dict              the profile schema as JSON Schema
    run_batch(registry, out) -> summary   a registry (CSV/Parquet/Excel) through all rules
"""

from __future__ import annotations

from zhengce.rules.engine import evaluate
from zhengce.rules.profile import Profile, parse_profile
from zhengce.rules.profile import json_schema as profile_schema
from zhengce.rules.result import Result
from zhengce.rules.rulebook import Rule, Rulebook, load_rulebook


def run_batch(registry, out, date=None, **kwargs):
    from zhengce.rules.batch import run_batch as _run
    return _run(registry, out, date=date, **kwargs)


__all__ = ["evaluate", "load_rulebook", "parse_profile", "profile_schema", "run_batch", "Profile", "Result",
           "Rule", "Rulebook"]
