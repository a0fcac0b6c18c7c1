"""The archive pass: a company found in one record is named by the others where its name stands
alone (pipeline/orgs/archive.py, pipeline/relink.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.orgs.aliases import glued_after
from pipeline.orgs.archive import ArchiveNames, _han_class, archive_mentions, archive_names
from pipeline.record import dumps, new_record, span_errors
from pipeline.relink import relink_file, relink_record

from .test_cli import govreport, read_jsonl


def org(text: str, name: str, kind: str = "enterprise") -> dict:
    start = text.index(name)
    return {"text": name, "start": start, "end": start + len(name), "type": kind,
            "canonical": None, "role": None, "section": None}


def record(id: str, text: str, *names: str) -> dict:
    rec = new_record(id=id, source=f"{id}.txt", format="text", text=text)
    rec["organizations"] = [org(text, n) for n in names]
    return rec


# (name found as a company elsewhere, text of another record, is it a mention there?)
MENTIONS = [
    ("某某机械", "鼓励某某机械提升研发能力。", False),            # glued to what follows: 某某机械|提升
    ("某某机械", "鼓励某某机械、某某科技等企业做强。", True),      # a list mark after it
    ("某某机械", "某某机械获评省级专精特新企业。", True),          # a company verb after it
    ("某某机械", "某某机械设备项目开工。", False),                 # a product or project: 某某机械|设备
    ("某某机械", "成功牵手某某机械，跑出加速度。", True),           # a clause mark after it
    ("某某机械", "某某机械等3家企业入选。", True),                 # 等 closes a list
]


@pytest.mark.parametrize(("name", "text", "expected"), MENTIONS)
def test_a_name_found_elsewhere_stands_alone_or_not(name: str, text: str, expected: bool) -> None:
    found = archive_mentions(text, [], ArchiveNames({name: "r1"}))
    assert bool(found) == expected
    if expected:
        (s, e, evidence), = found
        assert text[s:e] == name and evidence == "r1"


NAMES = ("恒锐机械", "宏拓数控", "某某集团")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("恒锐机械宏拓数控某集团获评入选等和与及、，。 1a〇々𠀀设备")), max_size=40))
def test_where_a_name_may_end_is_where_it_is_not_glued(text: str) -> None:
    ends = ArchiveNames(dict.fromkeys(NAMES, "r1")).ends
    last = {name[-1] for name in NAMES}
    standing = {p for p in range(1, len(text) + 1) if text[p - 1] in last and not glued_after(text, p)}
    assert standing <= {m.end() for m in ends.finditer(text)}  # the pattern misses no place a name stands


def test_a_verb_that_names_a_list_item_glues_the_name_to_it() -> None:
    """某某机械获评、…: the verb names an item of a longer list, so the name is glued to it."""
    archive = archive_names([record("r1", "恒锐机械获评省级企业。", "恒锐机械")])
    text = "恒锐机械获评、宏拓数控扩产等项目。恒锐机械获评省级企业。"
    assert [(s, e) for s, e, _ in archive_mentions(text, [], archive)] == [(17, 21)]


def test_the_han_class_is_the_regex_modules() -> None:
    import re

    import regex

    ours, theirs = re.compile(f"[{_han_class()}]"), regex.compile(r"\p{Han}")
    assert all(bool(ours.match(chr(cp))) == bool(theirs.match(chr(cp))) for cp in range(0x110000))


def test_only_company_names_of_three_to_eight_characters_are_shared() -> None:
    text = "某某机械、长城、某某产业园、地表水厂、海珠区图书馆、北京市。"
    rec = record("r1", text, "某某机械", "长城", "某某产业园", "地表水厂")
    rec["organizations"].append(org(text, "海珠区图书馆", "public_institution"))
    rec["organizations"].append(org(text, "北京市"))
    assert archive_names([rec]).names == {"某某机械": "r1"}


def test_the_first_record_that_found_a_name_is_its_evidence() -> None:
    records = [record("r1", "某某机械获评。", "某某机械"), record("r2", "某某机械入选。", "某某机械")]
    assert archive_names(records).names == {"某某机械": "r1"}


def test_a_mention_inside_a_known_organization_is_left_alone() -> None:
    text = "河北某某机械有限公司、某某机械等企业。"
    rec = record("r2", text, "河北某某机械有限公司")
    found = archive_mentions(text, rec["organizations"], ArchiveNames({"某某机械": "r1"}))
    assert [(text[s:e], s) for s, e, _ in found] == [("某某机械", text.index("、") + 1)]


def test_a_record_gets_the_mentions_in_order_with_their_sections() -> None:
    text = "一、工作回顾\n与某某集团合作，鼓励某某机械、某某科技等企业做强。"
    rec = record("r2", text, "某某集团")
    rec["sections"] = [{"index": 0, "level": 1, "number": "一、", "title": "工作回顾", "text": "一、工作回顾",
                        "start": 0, "end": 6, "content_end": len(text), "parent": None}]
    archive = ArchiveNames({"某某机械": "r1", "某某科技": "r1"})
    new = relink_record(rec, archive)
    assert [(o["text"], o["type"], o["section"]) for o in new["organizations"]] == [
        ("某某集团", "enterprise", None), ("某某机械", "enterprise", 0), ("某某科技", "enterprise", 0)]
    assert span_errors(new) == []
    assert relink_record(new, archive) is None  # nothing left to add


def test_relink_file_in_place_once(tmp_path: Path) -> None:
    failed = new_record(id="f", source="bad.pdf", errors=[{"stage": "run", "code": "E901", "message": "x"}])
    records = [record("r1", "某某机械获评省级企业。", "某某机械"), record("r2", "支持某某机械、某某科技做强。"),
               failed, record("r3", "会议召开。")]
    path = tmp_path / "out.jsonl"
    path.write_text("".join(dumps(r) + "\n" for r in records) + '{"id": "cut sh\n', encoding="utf-8")
    before = path.read_text(encoding="utf-8").splitlines()
    assert relink_file(path) == 1
    after = path.read_text(encoding="utf-8").splitlines()
    assert [a == b for a, b in zip(before, after)] == [True, False, True, True, True]  # others byte for byte
    assert [o["text"] for o in json.loads(after[1])["organizations"]] == ["某某机械"]
    assert relink_file(path) == 0 and path.read_text(encoding="utf-8").splitlines() == after
    assert not list(tmp_path.glob("*.relink"))


def test_run_shares_names_unless_told_not_to(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("一、工作回顾\n恒锐机械、宏拓数控等企业获评省级专精特新企业。\n", encoding="utf-8")
    (docs / "b.txt").write_text("一、工作回顾\n今年走访恒锐机械，推动产业升级。\n", encoding="utf-8")
    linked, alone = tmp_path / "linked.jsonl", tmp_path / "alone.jsonl"
    govreport("run", str(docs), "-o", str(linked), "-j", "1")
    govreport("run", str(docs), "-o", str(alone), "-j", "1", "--no-archive-names")
    names = {r["source"][-5:]: {o["text"] for o in r["organizations"]} for r in read_jsonl(linked)}
    names_alone = {r["source"][-5:]: {o["text"] for o in r["organizations"]} for r in read_jsonl(alone)}
    assert names_alone == {"a.txt": {"恒锐机械", "宏拓数控"}, "b.txt": set()}  # alone, b names no company
    assert names == {"a.txt": {"恒锐机械", "宏拓数控"}, "b.txt": {"恒锐机械"}}
    govreport("link", str(alone))
    assert alone.read_bytes() == linked.read_bytes()


def test_a_failed_archive_pass_leaves_the_run_as_written(tmp_path: Path, monkeypatch, capsys) -> None:
    from pipeline.run import run

    doc = tmp_path / "a.txt"
    doc.write_text("一、工作回顾\n恒锐机械、宏拓数控等企业获评省级专精特新企业。\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    real_open = Path.open

    def full_disk(self, mode="r", *args, **kwargs):
        if self.name.endswith(".relink"):
            raise OSError(28, "No space left on device")
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", full_disk)
    stats = run([str(doc)], out, progress=False)
    assert stats.documents == 1 and stats.linked == 0
    assert "archive pass failed" in capsys.readouterr().err
    assert [r["source"] for r in read_jsonl(out)] == [str(doc)]
    assert not list(tmp_path.glob("*.relink"))
