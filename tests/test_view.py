"""The HTML views: a page per record, a corpus summary, and both in a real headless browser."""
from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.process import process_path
from pipeline.summary import write_summary
from pipeline.view import render_record

from .conftest import ROOT

SEED = ROOT / "corpus" / "000_23e57e887d149bff.txt"
ARTIFACTS = ROOT / "test-artifacts"


class Tags(HTMLParser):
    """Counts of (tag, class) and the href/id attributes of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.classes: dict[tuple[str, str], int] = {}
        self.hrefs: list[str] = []
        self.ids: set[str] = set()
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for css in (a.get("class") or "").split() or [""]:
            self.classes[(tag, css)] = self.classes.get((tag, css), 0) + 1
        if "href" in a:
            self.hrefs.append(a["href"])
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("src", "href"):
            if (a.get(key) or "").startswith(("http:", "https:", "//")):
                self.external.append(a[key])


@pytest.fixture(scope="module")
def seed_record(nlp) -> dict:
    return process_path(nlp, SEED, source="corpus/000_23e57e887d149bff.txt")


@pytest.fixture(scope="module")
def seed_page(seed_record) -> str:
    return render_record(seed_record)


def test_page_has_outline_highlights_and_checks(seed_record, seed_page) -> None:
    tags = Tags()
    tags.feed(seed_page)
    assert tags.external == []
    assert len(tags.hrefs) == len(seed_record["sections"]) > 0
    assert all(h[1:] in tags.ids for h in tags.hrefs)  # every outline link has its target
    assert tags.classes.get(("mark", "amount"), 0) == len(seed_record["amounts"])
    orgs = tags.classes.get(("mark", "org"), 0)
    assert 0 < orgs <= len(seed_record["organizations"])
    failed = [c for c in seed_record["checks"] if not c["ok"]]
    assert tags.classes.get(("li", "failed"), 0) == len(failed)


def test_page_text_is_the_record_text(seed_record, seed_page) -> None:
    class Text(HTMLParser):
        def __init__(self):
            super().__init__()
            self.depth, self.parts = 0, []

        def handle_starttag(self, tag, attrs):
            if self.depth or dict(attrs).get("id") == "text":
                self.depth += 1

        def handle_endtag(self, tag):
            if self.depth:
                self.depth -= 1

        def handle_data(self, data):
            if self.depth:
                self.parts.append(data)

    parser = Text()
    parser.feed(seed_page)
    assert "".join(parser.parts) == seed_record["text"]


@pytest.fixture(scope="module")
def summary_dir(seed_record, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("summary")
    jsonl = folder / "out.jsonl"
    jsonl.write_text(json.dumps(seed_record, ensure_ascii=False) + "\n", encoding="utf-8")
    write_summary(jsonl, folder / "site")
    return folder / "site"


def test_summary_tables_and_chart(summary_dir: Path) -> None:
    rows = (summary_dir / "report_types.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "report_type,documents" and len(rows) == 2
    spending = (summary_dir / "spending.csv").read_text(encoding="utf-8").splitlines()
    assert spending[1].split(",")[1:] == ["2106000", "113000"]
    page = (summary_dir / "index.html").read_text(encoding="utf-8")
    assert page.count('class="bar"') == 2


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _headless(browser: str, url: str, *extra: str) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={ARTIFACTS / 'chromium-profile'}"]
    return subprocess.run([browser, *flags, *extra, url], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(_browser() is None, reason="no headless browser (chromium) on this machine")
def test_pages_render_in_a_real_browser(seed_page: str, summary_dir: Path) -> None:
    browser = _browser()
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / "seed.html"
    page.write_text(seed_page, encoding="utf-8")
    for html_file, shot in ((page, "seed.png"), (summary_dir / "index.html", "summary.png")):
        result = _headless(browser, html_file.as_uri(), f"--screenshot={ARTIFACTS / shot}", "--window-size=1400,1000")
        assert (ARTIFACTS / shot).exists() and (ARTIFACTS / shot).stat().st_size > 10_000, result.stderr[-500:]
    dom = _headless(browser, page.as_uri(), "--dump-dom").stdout
    assert dom.count('<mark class="amount"') > 0 and 'id="outline"' in dom
    dom = _headless(browser, (summary_dir / "index.html").as_uri(), "--dump-dom").stdout
    assert 'class="bar"' in dom and "<svg" in dom


@pytest.mark.skipif(_browser() is None, reason="no headless browser (chromium) on this machine")
@pytest.mark.skipif(not (ROOT.parent / "shared" / "corpus").is_dir(), reason="../shared/corpus is absent")
def test_the_longest_shared_report_renders(nlp) -> None:
    from pipeline.read import SUFFIXES

    files = [p for p in (ROOT.parent / "shared" / "corpus").rglob("*") if p.suffix.lower() in SUFFIXES]
    longest = max(files, key=lambda p: p.stat().st_size)
    record = process_path(nlp, longest, source=str(longest))
    ARTIFACTS.mkdir(exist_ok=True)
    page = ARTIFACTS / "longest.html"
    page.write_text(render_record(record), encoding="utf-8")
    result = _headless(_browser(), page.as_uri(), "--dump-dom", "--timeout=30000")
    assert result.returncode == 0 and result.stdout.count('<mark class="amount"') == len(record["amounts"])
