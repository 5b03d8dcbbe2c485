"""Refusals of a program (科创安心宝, calls…). Each has a stable `code` for tests, replay output and REST."""

from __future__ import annotations

from zhengce.errors import InputError, NotFound, ZhengceError


class Refused(ZhengceError):
    """An operation the rules or the books do not allow; it had no effect."""

    code = "refused"
    http_status = 409

    def __init__(self, message: str, *, code: str | None = None, hint: str | None = None):
        super().__init__(message, hint=hint)
        if code:
            self.code = code

    def to_json(self) -> dict:
        return {"code": self.code, "message": str(self)}


class PermissionDenied(Refused):
    """The actor's role or relation to the project does not allow the action."""

    code = "permission_denied"
    http_status = 403


class InvalidInput(Refused, InputError):
    """An argument that is missing, malformed or out of the rules' bounds (e.g. a fractional fen)."""

    code = "invalid_input"
    http_status = 422


class InvalidState(Refused):
    """The project or milestone is not in a state where the step is allowed."""

    code = "invalid_state"


class InsufficientFunds(Refused):
    """An account that must not go negative would go negative."""

    code = "insufficient_funds"


class IdempotencyConflict(Refused):
    """An operation id reused with different content; the first operation stands."""

    code = "idempotency_conflict"


class UnknownEntity(Refused, NotFound):
    """A project, milestone or account that does not exist."""

    code = "not_found"
    http_status = 404


class BooksOutOfBalance(ZhengceError):
    """Raised inside a commit when the ledger would not balance: a bug, never a user error."""
