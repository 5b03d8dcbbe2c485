"""Double-entry ledger in integer fen, modelled on TigerBeetle.

Every transfer debits one account and credits another by the same positive amount, so the sum of
all balances is always zero. Transfers are never changed: a correction is a new transfer. A
two-phase transfer is first *pending* (the amount is reserved on the debit account), then *posted*
or *voided* by a second transfer that names it; a UNIQUE index on that reference makes a second
post/void of the same hold impossible, even under races.

balance   = credits_posted − debits_posted                 (money the account holds)
available = balance − debits_pending                        (what it may still pay out)
Accounts flagged `no_negative` (risk pool, escrows, platforms) never have available < 0. External
accounts (district finance, enterprises, insurers) stand for money outside the program and may go
negative: −X means X paid into the program.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import BooksOutOfBalance, InsufficientFunds, InvalidInput, InvalidState, UnknownEntity
from .money import MAX_AMOUNT_FEN, MAX_BALANCE_FEN, MAX_TOTAL_FEN, yuan
from .storage import Tx
from zhengce.programs.core import zh

# kind → must not go negative. Programs register their kinds (register_account_kinds); external accounts
# (finance, enterprise) stand for money outside the program and are shared by all.
ACCOUNT_KINDS: dict[str, bool] = {"finance": False, "enterprise": False}


def register_account_kinds(kinds: dict[str, bool]) -> None:
    """Add a program's account kinds; a kind registered twice must keep its no_negative flag."""
    for kind, guarded in kinds.items():
        if ACCOUNT_KINDS.get(kind, guarded) != guarded:
            raise ValueError(f"account kind {kind} is registered with another no_negative flag")
        ACCOUNT_KINDS[kind] = bool(guarded)


def account_id(kind: str, party: str | None = None) -> str:
    return kind if party is None else f"{kind}:{party}"


def ensure_account(tx: Tx, acct: str) -> None:
    kind = acct.split(":", 1)[0]
    if kind not in ACCOUNT_KINDS:
        raise InvalidInput(f"未知的账户类型：{acct!r}")
    tx.execute("INSERT INTO accounts(id, kind, no_negative) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING",
               (acct, kind, int(ACCOUNT_KINDS[kind])))


@dataclass
class Transfer:
    id: int
    kind: str  # posted | pending | post_pending | void_pending
    debit: str
    credit: str
    amount: int
    code: str
    pending_id: int | None = None
    project: str | None = None
    milestone: int | None = None

    def to_json(self) -> dict:
        """As recorded in the audit event (and reconciled against the transfers table by verify)."""
        return {"id": self.id, "kind": self.kind, "debit": self.debit, "credit": self.credit,
                "amount_fen": self.amount, "amount": yuan(self.amount), "code": self.code,
                "project": self.project, "milestone": self.milestone,
                **({"pending_id": self.pending_id} if self.pending_id else {})}


class Ledger:
    """Transfers within one transaction; `touched` remembers accounts to check at commit."""

    def __init__(self, tx: Tx, op_id: str, at: str):
        self.tx, self.op_id, self.at = tx, op_id, at
        self.transfers: list[Transfer] = []

    def _next_id(self) -> int:
        row = self.tx.one("SELECT COALESCE(MAX(id), 0) + 1 FROM transfers")
        return int(row[0])

    def _insert(self, t: Transfer, project: str | None, milestone: int | None) -> Transfer:
        t.project, t.milestone = project, milestone
        self.tx.execute(
            "INSERT INTO transfers(id, op_id, kind, debit_account, credit_account, amount, pending_id,"
            " code, project, milestone, at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (t.id, self.op_id, t.kind, t.debit, t.credit, t.amount, t.pending_id, t.code, project,
             milestone, self.at))
        self.transfers.append(t)
        return t

    def _check_available(self, acct: str, amount: int) -> None:
        row = self.tx.one("SELECT no_negative, credits_posted - debits_posted - debits_pending"
                          " FROM accounts WHERE id = ?", (acct,))
        if row is None:
            raise UnknownEntity(f"没有账户 {zh.account(acct)}")
        if row[0] and row[1] < amount:
            raise InsufficientFunds(f"{zh.account(acct)}可用余额 {zh.money(row[1])}，不足本次所需 {zh.money(amount)}",
                                    code="pool_insufficient" if acct == "pool" else "insufficient_funds")

    def _check_ceilings(self, debit: str, credit: str, amount: int, col: str) -> None:
        """Refuse (with no effect) a transfer that would take a balance or a running total past its ceiling."""
        for acct, side, sign in ((debit, "debits", -1), (credit, "credits", 1)):
            row = self.tx.one(f"SELECT credits_posted - debits_posted, {side}_{col} FROM accounts WHERE id = ?",
                              (acct,))
            bal, total = int(row[0]), int(row[1])
            if abs(bal + sign * amount) > MAX_BALANCE_FEN or total + amount > MAX_TOTAL_FEN:
                raise InvalidInput(f"{zh.account(acct)}的余额将超过上限 {zh.money(MAX_BALANCE_FEN)}",
                                   code="amount_too_large")

    def transfer(self, debit: str, credit: str, amount: int, code: str, *, pending: bool = False,
                 project: str | None = None, milestone: int | None = None) -> Transfer:
        if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
            raise InvalidInput(f"转账金额应为正的整数分，收到 {amount!r}",
                               code="non_positive_amount")
        if amount > MAX_AMOUNT_FEN:
            raise InvalidInput(f"{zh.money(amount)} 超过单笔金额上限 {zh.money(MAX_AMOUNT_FEN)}",
                               code="amount_too_large")
        if debit == credit:
            raise InvalidInput("转账的付款和收款账户不能相同")
        ensure_account(self.tx, debit)
        ensure_account(self.tx, credit)
        self._check_available(debit, amount)
        col = "pending" if pending else "posted"
        self._check_ceilings(debit, credit, amount, col)
        self.tx.execute(f"UPDATE accounts SET debits_{col} = debits_{col} + ? WHERE id = ?", (amount, debit))
        self.tx.execute(f"UPDATE accounts SET credits_{col} = credits_{col} + ? WHERE id = ?", (amount, credit))
        t = Transfer(self._next_id(), "pending" if pending else "posted", debit, credit, amount, code)
        return self._insert(t, project, milestone)

    def pending_state(self, pending_id: int) -> str:
        row = self.tx.one("SELECT kind FROM transfers WHERE pending_id = ?", (pending_id,))
        return "pending" if row is None else ("posted" if row[0] == "post_pending" else "voided")

    def resolve(self, pending_id: int, *, post: bool) -> Transfer:
        """Post (pay) or void (release the reservation of) a pending transfer, in full."""
        row = self.tx.one("SELECT kind, debit_account, credit_account, amount, code, project, milestone"
                          " FROM transfers WHERE id = ?", (pending_id,))
        if row is None or row[0] != "pending":
            raise UnknownEntity(f"没有在途转账 {pending_id}")
        state = self.pending_state(pending_id)
        if state != "pending":
            raise InvalidState(f"在途转账 {pending_id} 已{zh.state(state)}", code="already_resolved")
        _, debit, credit, amount, code, project, milestone = row
        if post:
            self._check_ceilings(debit, credit, amount, "posted")
        self.tx.execute("UPDATE accounts SET debits_pending = debits_pending - ? WHERE id = ?", (amount, debit))
        self.tx.execute("UPDATE accounts SET credits_pending = credits_pending - ? WHERE id = ?", (amount, credit))
        if post:
            self.tx.execute("UPDATE accounts SET debits_posted = debits_posted + ? WHERE id = ?", (amount, debit))
            self.tx.execute("UPDATE accounts SET credits_posted = credits_posted + ? WHERE id = ?",
                            (amount, credit))
        t = Transfer(self._next_id(), "post_pending" if post else "void_pending", debit, credit, amount,
                     code, pending_id)
        return self._insert(t, project, milestone)


def balance(tx: Tx, acct: str) -> int:
    row = tx.one("SELECT credits_posted - debits_posted FROM accounts WHERE id = ?", (acct,))
    return int(row[0]) if row else 0


def available(tx: Tx, acct: str) -> int:
    row = tx.one("SELECT credits_posted - debits_posted - debits_pending FROM accounts WHERE id = ?", (acct,))
    return int(row[0]) if row else 0


def check_books(tx: Tx) -> None:
    """Raise BooksOutOfBalance unless debits equal credits and no guarded account is negative."""
    row = tx.one("SELECT COALESCE(SUM(debits_posted),0), COALESCE(SUM(credits_posted),0),"
                 " COALESCE(SUM(debits_pending),0), COALESCE(SUM(credits_pending),0) FROM accounts")
    if row[0] != row[1] or row[2] != row[3]:
        raise BooksOutOfBalance(f"账目借贷不平衡：已过账 {row[0]}/{row[1]}，待过账 {row[2]}/{row[3]}")
    neg = tx.one("SELECT id FROM accounts WHERE no_negative = 1 AND"
                 " credits_posted - debits_posted - debits_pending < 0")
    if neg:
        raise BooksOutOfBalance(f"账户 {neg[0]} 的余额将为负数")


def balances(tx: Tx) -> dict[str, dict]:
    rows = tx.all("SELECT id, credits_posted - debits_posted, debits_pending, credits_pending"
                  " FROM accounts ORDER BY id")
    return {r[0]: {"balance": int(r[1]), "debits_pending": int(r[2]), "credits_pending": int(r[3])}
            for r in rows}


def verify_ledger(tx: Tx) -> list[str]:
    """Recompute every account from the transfers; list every difference and broken invariant."""
    problems: list[dict] = []
    totals: dict[str, list[int]] = {}
    kinds: dict[int, tuple] = {}
    for tid, kind, debit, credit, amount, pending_id in tx.all(
            "SELECT id, kind, debit_account, credit_account, amount, pending_id FROM transfers ORDER BY id"):
        if not isinstance(amount, int) or isinstance(amount, bool):
            problems.append(zh.problem("transfer_amount_not_integer", f"转账 {tid} 的金额 {amount!r} 不是整数（以分计）"))
            continue
        kinds[tid] = (kind, debit, credit, amount)
        d = totals.setdefault(debit, [0, 0, 0, 0])
        c = totals.setdefault(credit, [0, 0, 0, 0])
        if amount <= 0:
            problems.append(zh.problem("transfer_amount_not_positive", f"转账 {tid} 的金额 {zh.money(amount)} 不是正数"))
        if kind == "posted":
            d[0] += amount
            c[1] += amount
        elif kind == "pending":
            d[2] += amount
            c[3] += amount
        elif kind in ("post_pending", "void_pending"):
            ref = kinds.get(pending_id)
            if not ref or ref[0] != "pending" or ref[1:] != (debit, credit, amount):
                problems.append(zh.problem("pending_mismatch", f"转账 {tid} 结清的转账 {pending_id} 不是与之相符的在途转账"))
                continue
            d[2] -= amount
            c[3] -= amount
            if kind == "post_pending":
                d[0] += amount
                c[1] += amount
        else:
            problems.append(zh.problem("transfer_kind_unknown", f"转账 {tid} 的类型 {kind!r} 未知"))
    sums = [0, 0, 0, 0]
    for acct, kind, no_neg, *stored in tx.all("SELECT id, kind, no_negative, debits_posted, credits_posted,"
                                              " debits_pending, credits_pending FROM accounts ORDER BY id"):
        prefix = str(acct).split(":", 1)[0]
        if kind != prefix or prefix not in ACCOUNT_KINDS or no_neg != int(ACCOUNT_KINDS[prefix]):
            problems.append(zh.problem("account_kind_mismatch", f"账户 {_acct(acct)}的类型 {kind!r} 或“不可为负”标记 "
                                       f"{no_neg!r} 与其编号不符（被改动）"))
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in stored):
            problems.append(zh.problem("account_total_not_integer", f"账户 {_acct(acct)}有合计值不是整数（{stored}）"))
            stored = [x if isinstance(x, int) else 0 for x in stored]
        want = totals.pop(acct, [0, 0, 0, 0])
        if stored != want:
            problems.append(zh.problem("account_totals_differ", f"账户 {_acct(acct)}存储的合计（{_totals(stored)}）"
                                       f"与由转账重新计算的（{_totals(want)}）不符"))
        if no_neg and stored[1] - stored[0] - stored[2] < 0:
            problems.append(zh.problem("account_negative",
                                       f"账户 {_acct(acct)}余额为负（{zh.money(stored[1] - stored[0] - stored[2])}）"))
        sums = [a + b for a, b in zip(sums, stored)]
    for acct in totals:
        problems.append(zh.problem("account_missing", f"转账涉及的账户 {_acct(acct)}不存在"))
    if sums[0] != sums[1] or sums[2] != sums[3]:
        problems.append(zh.problem("books_out_of_balance", f"借贷不平衡：借方合计 {zh.money(sums[0])}，贷方合计 "
                                   f"{zh.money(sums[1])}；在途借方 {zh.money(sums[2])}，在途贷方 {zh.money(sums[3])}"))
    return problems


def _acct(acct) -> str:
    """An account as people and machines both read it: 科创风险池（pool）."""
    return f"{zh.account(str(acct))}（{acct}）"


def _totals(t: list) -> str:
    """An account's four stored totals, each named."""
    names = ("借方已入账", "贷方已入账", "借方在途", "贷方在途")
    return "，".join(f"{n} {zh.fen_or_raw(v)}" for n, v in zip(names, t))
