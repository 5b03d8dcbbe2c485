"""zhengce's web app: Chinese pages over the library, rules and 安心宝, each with a JSON twin."""

from __future__ import annotations


def create_app(*args, **kwargs):
    """See zhengce.web.app.create_app (imported lazily to keep `import zhengce.web` cheap)."""
    from zhengce.web.app import create_app as _create

    return _create(*args, **kwargs)


__all__ = ["create_app"]
