"""A document read from a table or a zip bundle, as its page shows it: a part with neither number nor title prints no
heading (not "None"), and a file of the bundle that could not be read is told among the reading notes."""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "sheets"


def test_a_bundle_s_documents_pages(tmp_path):
    from zhengce.library.ingest import ingest
    from zhengce.library.store import Library
    from zhengce.web import create_app

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("政策.docx", (DATA / "table_policy.docx").read_bytes())
        z.writestr("附件1：兑现清单.xlsx", (DATA / "policy_list.xlsx").read_bytes())
        z.writestr("附件2：流程图.png", b"\x89PNG\r\n\x1a\n")
    (tmp_path / "附件.zip").write_bytes(buf.getvalue())
    db = tmp_path / "library.sqlite"
    with Library(db) as lib:
        reports = ingest(lib, [tmp_path / "附件.zip"])
    assert [r.status for r in reports] == ["added"]
    app = create_app(db, demo=False, secret=b"test-secret-0123456789abcdef0123456789",
                     anxinbao_url=tmp_path / "anxinbao.sqlite")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with TestClient(app) as c:
        first = c.get("/docs/附件/d1")
        assert first.status_code == 200
        assert "压缩包内的文件“附件2:流程图.png”未读取：图片" in first.text
        assert ">None<" not in first.text and "None</h3>" not in first.text
        listed = c.get("/docs/附件/d2")
        assert listed.status_code == 200 and "某某县2025年惠企政策兑现清单" in listed.text
        assert "申报截止2025年6月30日" in listed.text.replace(" ", "")
        twin = c.get("/api/docs/附件/d2")  # the page's JSON twin
        assert twin.status_code == 200
        assert "0.15" in twin.text and "300000" in twin.text
