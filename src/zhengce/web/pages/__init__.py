"""The site's pages, one module per page family; each exposes `router`."""

from __future__ import annotations

import importlib

from fastapi import FastAPI

PAGE_MODULES = ["home", "auth", "library", "document", "compare", "check", "calls", "batch", "budgets", "simulate",
                "console", "rules_review"]


def include_all(app: FastAPI) -> None:
    for name in PAGE_MODULES:
        module = importlib.import_module(f"zhengce.web.pages.{name}")
        app.include_router(module.router)
        setup = getattr(module, "setup", None)
        if setup:
            setup(app)
