"""PDFs as government sites publish them, locked: most are locked only against copying or printing (an owner
password; they open with an empty one in any viewer, RC4 or AES) and read as the unlocked PDF does; one that
needs a password to open gives one Chinese line saying so — not "damaged"."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader, PdfWriter

from zhengce.errors import InputError
from zhengce.reading import parse_text
from zhengce.reading.readers import read_bytes

from .conftest import signature
from .printed import printed_pdf

FILES = ["003_8ed54ab2f5c8896f.txt", "004_c74db4dc4724db3b.txt", "001_95e72363357eca1d.txt"]


def _locked(pdf: bytes, algorithm: str, user: str = "", owner: str = "某某局") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    # (permissions: nothing but viewing, as a site's "禁止复制" copy is set)
    writer.encrypt(user_password=user, owner_password=owner, algorithm=algorithm, permissions_flag=0)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
@pytest.mark.parametrize("name", FILES)
def test_a_pdf_locked_against_copying_reads_as_the_unlocked_one(corpus_dir, name, algorithm):
    pdf = printed_pdf((corpus_dir / name).read_text(encoding="utf-8"), width=84, lines=54, footer=None, size=10)
    locked = _locked(pdf, algorithm)
    assert PdfReader(io.BytesIO(locked)).is_encrypted
    plain = read_bytes(pdf, name.replace(".txt", ".pdf")).text
    assert read_bytes(locked, name.replace(".txt", ".pdf")).text == plain
    assert signature(parse_text(read_bytes(locked, "x.pdf").text, source=name)) == \
        signature(parse_text(plain, source=name))


@pytest.mark.parametrize("algorithm", ["RC4-40", "AES-128", "AES-256"])
def test_a_pdf_that_needs_a_password_to_open_says_so_in_one_line(corpus_dir, algorithm):
    pdf = printed_pdf((corpus_dir / FILES[0]).read_text(encoding="utf-8"))
    with pytest.raises(InputError) as err:
        read_bytes(_locked(pdf, algorithm, user="secret"), "通知.pdf")
    message = str(err.value)
    assert message.startswith("通知.pdf：PDF 设有打开密码") and "\n" not in message and "损坏" not in message
