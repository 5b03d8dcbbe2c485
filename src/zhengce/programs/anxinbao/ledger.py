"""The 安心宝 ledger: the shared double-entry ledger (zhengce.programs.core.ledger) with this program's
accounts — the risk pool, each project's escrow and each platform must never go negative; district
finance, enterprises and insurers are external (−X = X paid into the program)."""

from zhengce.programs.core.ledger import (ACCOUNT_KINDS, Ledger, Transfer, account_id, available,  # noqa: F401
                                          balance, balances, check_books, ensure_account,
                                          register_account_kinds, verify_ledger)

register_account_kinds({"pool": True, "escrow": True, "platform": True, "finance": False, "enterprise": False,
                        "insurer": False})
