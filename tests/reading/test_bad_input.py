"""Bad input: a clear one-line error, or a document with warnings — never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from zhengce.errors import InputError
from zhengce.reading import parse_text, read_path


def _cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "zhengce", *args], capture_output=True, text=True, cwd=cwd)


@pytest.mark.parametrize("content, message", [
    (b"", "bad.txt：文件为空"),
    (b"\x00\x01\x02\x03" * 1000, "bad.txt：不是文本、Word 或 PDF 文件（二进制内容）"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "bad.txt：这是一张图片（PNG），不是带文字的文档"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(range(256)) * 4, "bad.txt：这是一张图片（JPEG）"),
    (bytes([0x81, 0x30, 0xFE, 0xFF, 0xC0, 0x80]) * 400, "bad.txt：无法识别文字编码"),
])
def test_unreadable_files(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    _refused_in_one_line(f, message)


def test_a_text_that_starts_like_an_image_s_mark_is_still_text(tmp_path):
    # ("BM" starts a bitmap only with its header's reserved zero bytes after the size)
    f = tmp_path / "a.txt"
    f.write_bytes("BMW车型以旧换新补贴。对购车给予补贴5000元。".encode("utf-8"))
    assert read_path(f)[0].to_json()["incentives"]


def _refused_in_one_line(f, message):
    """The reader refuses the file with `message`, and `zhengce parse` says so in one line, exit 2."""
    with pytest.raises(InputError, match=message):
        read_path(f)
    proc = _cli("parse", str(f), "--json")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("zhengce: 错误：") and message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_huge_file_is_refused_without_reading_it(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing on disk
    with pytest.raises(InputError, match="huge.txt：文件有 200 MB，超过政策文件的上限 50 MB"):
        read_path(f)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="nope.txt：文件不存在"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="这是文件夹，不是文件"):
        read_path(tmp_path)


def test_corrupt_docx_and_pdf(tmp_path):
    for name, data in (("x.docx", b"PK\x03\x04" + b"\x00" * 100), ("x.pdf", b"%PDF-1.4\n%%garbage")):
        f = tmp_path / name
        f.write_bytes(data)
        with pytest.raises(InputError):
            read_path(f)


def _zip(parts: dict[str, str]) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, body in parts.items():
            z.writestr(name, body)
    return buf.getvalue()


_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


@pytest.mark.parametrize("data, message", [
    (b"PK\x03\x04" + b"\x00" * 100, "x.ofd：无法读取 OFD 版式文件，文件可能已损坏"),  # a zip cut short
    (_zip({"readme.txt": "无关"}), "OFD 文件缺少其中的部分：OFD.xml"),  # (a zip renamed .ofd)
    (_zip({"OFD.xml": f"<ofd:OFD {_NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"}),
     "x.ofd：无法读取 OFD 版式文件"),  # XML cut short
    (_zip({"OFD.xml": f"<ofd:OFD {_NS}><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
           "Doc_0/Document.xml": f"<ofd:Document {_NS}><ofd:Pages/></ofd:Document>"}),
     "x.ofd：OFD 文件中没有文字"),  # pages of images only
    (_zip({"OFD.xml": '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>'}),
     "x.ofd：无法读取 OFD 版式文件"),  # entities: refused, not expanded
])
def test_bad_ofd_files(tmp_path, data, message):
    f = tmp_path / "x.ofd"
    f.write_bytes(data)
    _refused_in_one_line(f, message)


def test_text_that_is_not_a_policy_reads_with_warnings():
    docs = parse_text("今天天气很好,我们去公园散步。晚上吃了饺子。", source="diary.txt", with_provisions=False)
    assert len(docs) == 1
    codes = {w.code for w in docs[0].warnings}
    assert "missing_title" in codes


def test_document_cut_off_mid_article(corpus_dir):
    text = (corpus_dir / "003_8ed54ab2f5c8896f.txt").read_text(encoding="utf-8")
    cut = text[: text.index("(十一)") + 40]
    docs = parse_text(cut, source="cut.txt", with_provisions=False)
    assert docs[0].articles[-1].no == 11
    assert "truncated" in {w.code for w in docs[0].warnings}


@pytest.mark.parametrize("drop", [1, 2])
def test_utf8_file_cut_inside_its_last_character_reads(tmp_path, corpus_dir, drop):
    # a page saved at a byte count stops inside a character: the text before it is still UTF-8
    text = (corpus_dir / "003_8ed54ab2f5c8896f.txt").read_text(encoding="utf-8")
    data = text.encode("utf-8")
    end = len(text[: text.index("(十一)") + 40].encode("utf-8"))
    while data[end - 1] < 0x80:  # end just after a Chinese character's last byte
        end -= 1
    path = tmp_path / "cut.txt"
    path.write_bytes(data[: end - drop])
    docs = read_path(path)
    assert docs[0].articles[-1].no == 11
    assert "truncated" in {w.code for w in docs[0].warnings}


def test_utf8_file_with_a_stray_bad_byte_stays_utf8(tmp_path, corpus_dir):
    data = (corpus_dir / "003_8ed54ab2f5c8896f.txt").read_bytes()
    at = data.index("給予".encode("utf-8"), len(data) // 2)
    path = tmp_path / "stray.txt"
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    docs, whole = read_path(path), read_path(corpus_dir / "003_8ed54ab2f5c8896f.txt")
    assert docs[0].title == whole[0].title
    assert [a.no for a in docs[0].articles] == [a.no for a in whole[0].articles]


def test_numbering_gap_and_repeat_are_flagged(corpus_dir):
    text = (corpus_dir / "003_8ed54ab2f5c8896f.txt").read_text(encoding="utf-8")
    gap = text.replace("(五)", "(六)", 1)
    codes = [w.code for w in parse_text(gap, source="gap.txt", with_provisions=False)[0].warnings]
    assert "numbering_repeat" in codes or "numbering_gap" in codes


def test_cli_parse_goes_on_past_a_bad_file(tmp_path, corpus_dir):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    proc = _cli("parse", str(bad), str(corpus_dir / "003_8ed54ab2f5c8896f.txt"), "--json", "--no-provisions")
    assert proc.returncode == 1
    assert "zhengce: 错误：bad.txt：文件为空" in proc.stderr
    import json
    docs = json.loads(proc.stdout)
    assert [d["region"] for d in docs] == ["湖州市"]


@pytest.mark.parametrize("run", ["1 " * 20000, "1." * 20000, "5%" * 20000, "一" * 20000, "1,000" * 5000])
def test_a_page_of_digits_is_kept_to_a_figure_s_length(run):
    # every number pattern tried from each digit of a page-long run read it to the run's end (a 100 KB page of
    # "1 1 1 …" took 46 s): a run longer than any figure of a policy is kept to its first 40 marks (20 numerals)
    from zhengce.reading.normalize import normalize

    view = normalize("对" + run + "家").text
    assert len(view) <= 1 + 80 + 1 and view.startswith("对") and view.endswith("家")
    doc = parse_text("某某县奖励办法\n一、对" + run + "家企业给予10万元奖励。\n", source="digits.txt")[0]
    amounts = [p.fields.get("amount_yuan") for p in doc.provisions if p.kind == "incentive"]
    assert 100000 in amounts and len(amounts) <= 21  # (the 20 rates of "5%5%…" kept are rates of the text)
    # an account number, a 文号 and a spaced table row of ordinary length are left as they are
    assert normalize("账号:1202 0210 0900 0123 456").text == "账号:1202 0210 0900 0123 456"


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_a_text_saved_as_utf16_without_its_byte_order_mark_is_read(tmp_path, enc):
    # (some Windows tools write "Unicode" text with no BOM: the zero bytes of its newlines and digits are no binary)
    f = tmp_path / "政策.txt"
    f.write_bytes("某某县关于支持企业发展的若干措施\n一、对新认定的企业给予奖励10万元。\n".encode(enc))
    [doc] = read_path(f)
    assert doc.title == "某某县关于支持企业发展的若干措施"


def test_binary_with_zero_bytes_is_not_taken_for_utf16(tmp_path):
    import random

    rng = random.Random(7)
    for k in range(300):  # (random bytes decoded as UTF-16 give rare characters, stray surrogates or controls)
        f = tmp_path / f"r{k}.txt"
        f.write_bytes(bytes(rng.getrandbits(8) for _ in range(rng.randint(2, 600))) + b"\x00")
        with pytest.raises(InputError):
            read_path(f)
