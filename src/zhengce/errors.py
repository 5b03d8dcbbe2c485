"""Errors a user may see. Each carries a one-line message; the CLI prints it without a traceback."""


class ZhengceError(Exception):
    """Base of every error meant for a user: bad input, a missing document, a refused operation."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:  # one line, with the hint if any
        return self.message if not self.hint else f"{self.message}（{self.hint}）"


class InputError(ZhengceError):
    """A file or value that cannot be read as what it claims to be."""


class NotFound(ZhengceError):
    """An id or path that names nothing."""
