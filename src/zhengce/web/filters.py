"""Template filters: money in the house style (zhengce.money), dates, JSON for scripts."""

from __future__ import annotations

import json
from zhengce import rx as re
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup

from zhengce.cli.output import to_jsonable
from zhengce.money import format_fen, format_rate, format_yuan

LEVELS = {"province": "省级", "city": "市级", "district": "区县级", "county": "县级", "national": "国家级"}
KINDS = {"policy": "政策", "rules": "实施细则", "notice": "申报通知"}
STATUSES = {"final": "正式稿", "draft": "征求意见稿"}


def yuan(value: Any) -> str:
    """An amount in yuan in the house style (zhengce.money): 5000000 → 500万元; 150000000 → 1.5亿元."""
    return format_yuan(value)


def fen(value: Any) -> str:
    """An amount in integer fen in the house style."""
    if value is None or value == "":
        return "—"
    return format_fen(int(value))


def wan(value: Any) -> str:
    """A plain number of 万元 (a console form's unit: "300", "0.5") in the house style: 300万元, 5,000元."""
    if value is None or value == "":
        return "—"
    from decimal import Decimal

    return format_yuan(Decimal(str(value)) * 10_000)


def pct(value: Any) -> str:
    """A rate (0.3) as a percentage (30%), exactly."""
    return format_rate(value)


def signed_fen(value: Any) -> str:
    """A difference in fen, with + for gains."""
    if value is None or value == "":
        return "—"
    return format_fen(int(value), signed=True)


def tojson_script(value: Any) -> Markup:
    """JSON safe inside <script type="application/json">: <, >, & and ' escaped as \\u sequences."""
    text = json.dumps(to_jsonable(value), ensure_ascii=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")
    return Markup(text)


def url_with(request, **changes: Any) -> str:
    """The current URL with some query parameters replaced (None removes one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    for k, v in changes.items():
        if v is None or v == "":
            continue
        if isinstance(v, (list, tuple)):
            params.extend((k, str(x)) for x in v)
        else:
            params.append((k, str(v)))
    query = urlencode(params)
    return request.url.path + ("?" + query if query else "")


_CITE_TAIL = re.compile(r"/d\d+(?:@\d+)?/(.+)$")


def anchor(cite_id: Any) -> str:
    """The in-page anchor of an article or section: "…/d2/s1/a3" → "s1-a3"."""
    m = _CITE_TAIL.search(str(cite_id))
    tail = m.group(1) if m else str(cite_id)
    return re.sub(r"[^0-9A-Za-z_-]+", "-", tail).strip("-") or "top"


def plain_quote(text: Any) -> str:
    """The quote simplified and de-noised (zhengce.library.text.clean_quote)."""
    from zhengce.library.text import clean_quote

    return clean_quote(str(text)) if text else ""


def cite(c: Any) -> str:
    """A document (or citation) named by region, year, title and 文号 (zhengce.citations)."""
    from zhengce.citations import cite_of

    return cite_of(c) if isinstance(c, dict) else ""


def _route_path(app, name: str, params: dict[str, str]) -> tuple[str, set[str]]:
    """app.url_path_for with the path parameters among `params` (the route's own, found by trying:
    routers included in the app do not list their routes by name)."""
    from starlette.routing import NoMatchFound

    cache = app.state.__dict__.setdefault("_route_params", {})
    if name in cache:
        names = cache[name]
        return str(app.url_path_for(name, **{k: params[k] for k in names})), names
    for names in [set()] + [{k} for k in params]:
        try:
            path = str(app.url_path_for(name, **{k: params[k] for k in names}))
        except NoMatchFound:
            continue
        cache[name] = names
        return path, names
    raise KeyError(f"no route named {name!r} taking {sorted(params)}")


def link(request, name: str, anchor_to: str | None = None, **params: Any) -> str:
    """The path of the route called `name` (e.g. "page_document"), its path parameters filled from
    `params` and the rest as the query (None and "" left out); `anchor_to` adds "#…"."""
    path, names = _route_path(request.app, name, {k: str(v) for k, v in params.items() if v is not None})
    query = urlencode([(k, str(v)) for k, v in params.items() if k not in names and v not in (None, "")])
    path = quote(path, safe="/@:")
    return path + ("?" + query if query else "") + (f"#{anchor_to}" if anchor_to else "")


def install(env) -> None:
    env.filters["yuan"] = yuan
    env.filters["fen"] = fen
    env.filters["pct"] = pct
    env.filters["signed_fen"] = signed_fen
    env.filters["wan"] = wan
    env.filters["tojson_script"] = tojson_script
    env.filters["level_zh"] = lambda v: LEVELS.get(v, v or "—")
    env.filters["kind_zh"] = lambda v: KINDS.get(v, v or "—")
    env.filters["status_zh"] = lambda v: STATUSES.get(v, v or "—")
    env.filters["urlq"] = lambda v: quote(str(v), safe="")
    env.filters["idq"] = lambda v: quote(str(v), safe="/@")
    env.filters["anchor"] = anchor
    env.filters["plain_quote"] = plain_quote
    env.filters["cite"] = cite
    env.globals["url_with"] = url_with
    env.globals["link"] = link
    env.globals["LEVELS"] = LEVELS
    env.globals["KINDS"] = KINDS
    env.globals["STATUSES"] = STATUSES
    from zhengce.web.demo import ROLE_NAMES

    env.globals["role_names"] = ROLE_NAMES
