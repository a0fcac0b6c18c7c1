"""ZIP archives: members as documents in archive order, unsafe members and zip bombs refused."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from pipeline.read import archive, read_bytes, read_document, read_member
from pipeline.record import document_id
from pipeline.inputs import InputDoc, iter_inputs

TEXT = "一、基本情况\n收入预算221.90万元。\n"


def make_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]], *,
             method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def codes(result) -> list[str]:
    return [e.code for e in result.errors]


def test_members_in_archive_order_with_their_sources(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "2024.zip", [
        ("b.txt", b"B"), ("a/", b""), ("a/c.pdf", b"%PDF"), ("notes.jpg", b"x"), ("a/d.md", b"D"),
    ])
    docs = list(iter_inputs([zip_path]))
    assert [d.source for d in docs] == [f"{zip_path}!b.txt", f"{zip_path}!a/c.pdf", f"{zip_path}!a/d.md"]
    assert [d.member for d in docs] == [0, 2, 4]
    assert all(d.path == str(zip_path) for d in docs)


def test_a_folder_walk_opens_archives(tmp_path: Path) -> None:
    make_zip(tmp_path / "b.zip", [("x.txt", b"x")])
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "c.txt").write_text("c", encoding="utf-8")
    sources = [Path(d.source).name for d in iter_inputs([tmp_path])]
    assert sources == ["a.txt", "b.zip!x.txt", "c.txt"]


def test_member_id_is_the_id_of_its_bytes(tmp_path: Path) -> None:
    data = TEXT.encode("utf-8")
    zip_path = make_zip(tmp_path / "a.zip", [("x.txt", data)])
    got, result = read_member(zip_path, 0)
    assert got == data and document_id(got) == document_id(data)
    assert result.text == TEXT and result.errors == ()
    loose = tmp_path / "x.txt"
    loose.write_bytes(data)
    assert read_document(loose)[0] == got


REFUSED = [
    ("path traversal", "../../etc/x.txt", b"x", "unsafe path"),
    ("traversal inside", "a/../../x.txt", b"x", "unsafe path"),
    ("absolute path", "/etc/x.txt", b"x", "unsafe path"),
    ("windows drive", "C:/x.txt", b"x", "unsafe path"),
    ("windows backslashes", "..\\x.txt", b"x", "unsafe path"),
    ("nested archive", "inner.zip", b"PK\x05\x06" + bytes(18), "archive inside the archive"),
    ("zip bomb by ratio", "bomb.txt", b"0" * (4 * 1024 * 1024), "zip bomb"),
]


@pytest.mark.parametrize("name,data,why", [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_refused_members_get_an_error_record(tmp_path: Path, name: str, data: bytes, why: str) -> None:
    zip_path = make_zip(tmp_path / "a.zip", [("ok.txt", b"fine"), (name, data)])
    docs = list(iter_inputs([zip_path]))
    assert [d.source for d in docs] == [f"{zip_path}!ok.txt", f"{zip_path}!{name}"]
    got, result = read_member(zip_path, docs[1].member)
    assert got == b"" and result.text == ""
    assert codes(result) == ["E114"] and why in result.errors[0].message
    assert read_member(zip_path, docs[0].member)[1].text == "fine"


def test_a_symbolic_link_member_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("link.txt")
    link.external_attr = 0o120777 << 16
    zip_path = make_zip(tmp_path / "a.zip", [(link, b"/etc/passwd")])
    assert codes(read_member(zip_path, 0)[1]) == ["E114"]


def test_compressible_small_members_are_not_bombs(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "a.zip", [("spaces.txt", b" " * 500_000 + TEXT.encode())])
    assert read_member(zip_path, 0)[1].errors == ()


def test_the_archive_total_is_bounded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 250)
    zip_path = make_zip(tmp_path / "a.zip", [(f"{i}.txt", bytes([65 + i]) * 100) for i in range(4)],
                        method=zipfile.ZIP_STORED)
    results = [read_member(zip_path, i)[1] for i in range(4)]
    assert [codes(r) for r in results] == [[], [], ["E114"], ["E114"]]


def test_too_many_members_refuse_the_archive(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 3)
    zip_path = make_zip(tmp_path / "a.zip", [(f"{i}.txt", b"x") for i in range(4)])
    docs = list(iter_inputs([zip_path]))
    assert [(d.source, d.member) for d in docs] == [(str(zip_path), None)]
    _, result = read_document(zip_path)
    assert codes(result) == ["E113"] and "more than 3" in result.errors[0].message


@pytest.mark.parametrize("data,why", [
    (b"", "empty"), (b"PK\x03\x04 truncated", "not a zip"), (bytes(range(256)), "random"),
], ids=["empty", "truncated", "random bytes"])
def test_a_damaged_archive_is_one_error_record(tmp_path: Path, data: bytes, why: str) -> None:
    path = tmp_path / "bad.zip"
    path.write_bytes(data)
    docs = list(iter_inputs([path]))
    assert docs == [InputDoc(path=str(path), source=str(path))]
    assert codes(read_document(path)[1]) == (["E101"] if not data else ["E113"])


def test_an_archive_without_documents_is_one_error_record(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "a.zip", [("photo.jpg", b"x"), ("__MACOSX/._a.pdf", b"x"), ("._b.pdf", b"x")])
    assert [d.member for d in iter_inputs([zip_path])] == [None]
    assert "no document" in read_document(zip_path)[1].errors[0].message


def test_a_damaged_member_is_an_error(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "a.zip", [("x.txt", TEXT.encode() * 50)])
    raw = bytearray(zip_path.read_bytes())
    info = zipfile.ZipFile(zip_path).getinfo("x.txt")
    raw[info.header_offset + 30 + len("x.txt") + info.compress_size // 2] ^= 0xFF
    zip_path.write_bytes(bytes(raw))
    assert codes(read_member(zip_path, 0)[1]) == ["E112"]


def test_gbk_member_names_are_decoded(tmp_path: Path) -> None:
    name = "部门决算.txt"
    placeholder = "Q" * (len(name.encode("gbk")) - 4) + ".txt"
    raw = make_zip(tmp_path / "a.zip", [(placeholder, b"x")]).read_bytes()
    (tmp_path / "a.zip").write_bytes(raw.replace(placeholder.encode(), name.encode("gbk")))
    assert [d.source for d in iter_inputs([tmp_path / "a.zip"])] == [f"{tmp_path / 'a.zip'}!{name}"]


def test_utf8_member_names_are_kept(tmp_path: Path) -> None:
    zip_path = make_zip(tmp_path / "a.zip", [("报告/部门决算.txt", b"x")])
    assert [d.source for d in iter_inputs([zip_path])] == [f"{zip_path}!报告/部门决算.txt"]


def test_read_bytes_of_an_archive_says_it_is_one() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("a.txt", "x")
    result = read_bytes(buffer.getvalue(), suffix=".zip")
    assert result.format == "zip" and codes(result) == ["E113"]


def test_archive_members_through_the_runner(tmp_path: Path) -> None:
    from pipeline.run import run

    zip_path = make_zip(tmp_path / "a.zip", [("x.txt", TEXT.encode()), ("../y.txt", b"y")])
    out = tmp_path / "out.jsonl"
    stats = run([zip_path], out, jobs=1, progress=False)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert stats.documents == 2
    assert [r["source"] for r in records] == [f"{zip_path}!x.txt", f"{zip_path}!../y.txt"]
    assert records[0]["id"] == document_id(TEXT.encode()) and records[0]["format"] == "text"
    assert "2219000" in {a["value"] for a in records[0]["amounts"]}
    assert [e["code"] for e in records[1]["errors"]] == ["E114"]
    before = out.read_bytes()
    assert run([zip_path], out, jobs=1, resume=True, progress=False).skipped == 2
    assert out.read_bytes() == before
