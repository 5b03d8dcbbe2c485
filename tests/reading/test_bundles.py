"""A zip of documents — a notice with its 附件, as sites offer them for download — is read file by file
(reading/bundle.py): every file as it would be read alone, documents first and 附件 by number, no file's text
running into another's, and what could not be read named in a warning, never passed over."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhengce.errors import InputError
from zhengce.reading import bundle, read_path
from zhengce.reading.readers import read_bytes

SHEETS = Path(__file__).resolve().parents[1] / "data" / "sheets"

GUIDE = ("某某区2025年度企业创新奖励申报指南\n一、申报条件\n对当年首次获认定的高企奖励20万元。\n"
         "二、申报时间\n请于2025年6月30日前提交申报材料。\n")


class _GbkInfo(zipfile.ZipInfo):
    """A name as Chinese Windows tools write it: GBK bytes, no UTF-8 flag."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def _zip(members: dict[str, bytes], *, gbk: bool = False, encrypted: tuple[str, ...] = ()) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            info = (_GbkInfo if gbk else zipfile.ZipInfo)(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    data = bytearray(buf.getvalue())
    if encrypted:  # (zipfile writes no encrypted entry: the flag set by hand, in both headers)
        with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
            offsets = [i.header_offset for i in z.infolist() if i.filename in encrypted]
        for at in offsets:
            data[at + 6] |= 0x1
        at = data.find(b"PK\x01\x02")
        while at != -1:
            n, extra, comment = (int.from_bytes(data[at + k:at + k + 2], "little") for k in (28, 30, 32))
            if data[at + 46:at + 46 + n].decode("utf-8", "replace") in encrypted:
                data[at + 8] |= 0x1
            at = data.find(b"PK\x01\x02", at + 46 + n + extra + comment)
    return bytes(data)


def _to_file(tmp_path: Path, data: bytes, name: str = "附件.zip") -> Path:
    (tmp_path / name).write_bytes(data)
    return tmp_path / name


def _notice_bundle(**kw) -> bytes:
    return _zip({
        "附件2：兑现清单.xlsx": (SHEETS / "policy_list.xlsx").read_bytes(),
        "附件3：流程图.png": b"\x89PNG\r\n\x1a\n",
        "附件1：申报指南.txt": GUIDE.encode("utf-8"),
        "关于印发某某区支持企业创新发展若干政策的通知.docx": (SHEETS / "table_policy.docx").read_bytes(),
    }, **kw)


@pytest.mark.parametrize("gbk", [False, True])
def test_a_notice_and_its_attachments_zipped_are_read_file_by_file(tmp_path, gbk):
    src = read_bytes(_notice_bundle(gbk=gbk), "附件.zip")
    assert src.format == "zip"
    named = [ln for ln in src.text.split("\n") if ln.startswith("【压缩包内的文件")]
    assert named == ["【压缩包内的文件：关于印发某某区支持企业创新发展若干政策的通知.docx】",
                     "【压缩包内的文件：附件1：申报指南.txt】", "【压缩包内的文件：附件2：兑现清单.xlsx】",
                     "【压缩包内的文件：附件3：流程图.png（未读取：图片）】"]
    docs = read_path(_to_file(tmp_path, _notice_bundle(gbk=gbk)))
    assert [d.title for d in docs] == ["某某区关于支持企业创新发展的若干政策", "某某区2025年度企业创新奖励申报指南",
                                      "某某县2025年惠企政策兑现清单"]
    assert [w.message for w in docs[0].warnings if w.code == "bundle_unread"] == ["压缩包内的文件“附件3:流程图.png”未读取：图片"]
    amounts = [[i["amount_yuan"] for i in d.to_json()["incentives"] if i["form"] == "fixed"] for d in docs]
    assert amounts == [[500000, 200000], [200000], [300000, 125000]]
    # each document's quotes come from its own file's lines
    assert all("首次获认定" not in i["quote"] for i in docs[0].to_json()["incentives"])


def test_a_file_ending_mid_sentence_does_not_run_into_the_next():
    data = _zip({"甲.txt": "某某县关于支持企业发展的若干意见\n一、对新认定的企业给予".encode(),
                 "乙.txt": "10万元奖励的申报说明\n对企业给予奖励5万元。".encode()})
    text = read_bytes(data, "两份.zip").text
    assert "一、对新认定的企业给予\n【压缩包内的文件：乙.txt】\n10万元奖励的申报说明" in text
    docs = read_path(_save(data, "两份.zip"))
    assert all("10万元" not in a.text for a in docs[0].sections[0].articles)


def _save(data: bytes, name: str) -> Path:
    import tempfile

    d = Path(tempfile.mkdtemp())
    (d / name).write_bytes(data)
    return d / name


def test_what_cannot_be_read_is_named_with_why():
    data = _zip({"政策.txt": "某某县关于支持企业发展的若干意见\n一、对新认定的企业给予奖励10万元。".encode(),
                 "附件1.zip": _zip({"a.txt": b"x"}),
                 "附件2.pdf": b"%PDF-1.4 not really",
                 "附件3.docx": b"secret",
                 "__MACOSX/._政策.txt": b"junk", ".DS_Store": b"junk"},
                encrypted=("附件3.docx",))
    lines = [ln for ln in read_bytes(data, "b.zip").text.split("\n") if ln.startswith("【")]
    assert lines[0] == "【压缩包内的文件：政策.txt】"
    assert lines[1] == "【压缩包内的文件：附件1.zip（未读取：压缩包中的压缩包）】"
    assert lines[2].startswith("【压缩包内的文件：附件2.pdf（未读取：") and "PDF" in lines[2]
    assert lines[3] == "【压缩包内的文件：附件3.docx（未读取：已加密）】"
    assert len(lines) == 4  # the Mac's resource forks and hidden files are no files of the bundle


def test_an_entry_larger_than_its_header_says_is_cut_at_the_cap():
    data = _zip({"大.txt": ("对企业给予奖励10万元。" * 2000).encode(), "小.txt": "某某县关于支持企业发展的若干意见\n一、对企业给予奖励5万元。".encode()})
    text = bundle.bundle_text(data, "b.zip", lambda b, n: read_bytes(b, n).text, max_member=1000)
    assert "【压缩包内的文件：大.txt（未读取：超过 1000 字节）】" in text and "5万元" in text


@pytest.mark.parametrize("data, said", [
    (_zip({"图.png": b"\x89PNG"}), "压缩包中没有可读取的文件（图.png（未读取：图片））"),
    (_zip({}), "压缩包中没有可读取的文件（压缩包是空的）"),
    (b"PK\x03\x04" + b"\x01" * 64, "无法读取压缩包"),
    (b"Rar!\x1a\x07\x01\x00" + b"\x00" * 64, "RAR/7z 压缩包无法直接读取"),
])
def test_a_bundle_with_nothing_to_read_is_one_clear_line(data, said):
    with pytest.raises(InputError) as err:
        read_bytes(data, "附件.zip")
    assert said in str(err.value) and "\n" not in str(err.value)


def test_a_bundle_of_too_many_files_or_too_many_bytes_is_refused(monkeypatch):
    many = _zip({f"{i}.txt": b"x" for i in range(bundle._MAX_MEMBERS + 1)})
    with pytest.raises(InputError, match="超过 200 个"):
        read_bytes(many, "many.zip")
    monkeypatch.setattr(bundle, "_MAX_TOTAL", 5000)
    with pytest.raises(InputError, match="解压后超过"):
        read_bytes(_zip({"a.txt": ("对企业给予奖励10万元。" * 300).encode()}), "big.zip")


def test_the_cli_reads_a_bundle(tmp_path, capsys):
    from zhengce.cli import main

    path = _to_file(tmp_path, _notice_bundle())
    assert main(["parse", str(path)]) == 0
    out = capsys.readouterr().out
    assert "某某区2025年度企业创新奖励申报指南" in out and "未读取" in out


_member = st.tuples(st.text(alphabet="附件123申报表.txtdocxpngzip/ 某", min_size=1, max_size=12),
                    st.one_of(st.binary(max_size=64), st.text(alphabet="对企业给予奖励10万元。一、", max_size=40).map(str.encode)))


@settings(max_examples=60, deadline=None)
@given(st.lists(_member, max_size=5))
def test_any_bundle_reads_or_says_why_in_one_line(members):
    data = _zip(dict(members))
    try:
        src = read_bytes(data, "随机.zip")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    from zhengce.reading import parse_text

    try:
        parse_text(src.text, "随机.zip")
    except InputError as exc:
        assert "\n" not in str(exc)


def test_a_reader_s_own_fault_on_one_file_loses_no_other():
    data = _zip({"甲.txt": "某某县关于支持企业发展的若干意见\n一、对企业给予奖励5万元。".encode(), "乙.txt": b"x"})

    def read(body: bytes, name: str) -> str:
        if name == "乙.txt":
            raise ValueError("a reader's bug")
        return read_bytes(body, name).text

    text = bundle.bundle_text(data, "b.zip", read, max_member=1024 * 1024)
    assert "5万元" in text and "【压缩包内的文件：乙.txt（未读取：无法读取（ValueError））】" in text
