"""One pass over the lines of a text that finds headings and nests them.

Levels come from the order in which marker families appear (a stack, GB/T 9704 style): a
family already open is a sibling, a new family is a child. Numbered lines that are not
headings (run-in list items) still keep their place in the stack so that numbering stays in
sequence; table rows, TOC entries and out-of-sequence numbers are ignored.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..resources import read_lines
from .layout import Line, split_glued, split_lines
from .leads import Lead, lead_parts, openings, plain_ok
from .markers import MARKER, Marker, clean_title, is_table_row, parse_marker
from .toc import find_toc, matches, toc_key

MAX_U_TITLE = 40
MAX_WRAP_TAIL = 6
MAX_MIXED_TITLE = 20
_UNIT_LINE = regex.compile(r"^(?:单位|编制部门|编制单位|金额单位)[ \t]*[:：]")
_PROSE_MARK = regex.compile(r"[。；;！？!?，,：:]")
_HAN_ONLY = regex.compile(r"^[\p{Han}“”（）()]+$")
_TERM = regex.compile(r"^(?P<title>[^。；，：:]{1,30})[：:]$")


@dataclass(slots=True)
class Head:
    """A heading found so far (mutable while the pass runs)."""

    start: int
    end: int
    number: str | None
    title: str
    parent: int | None
    level: int = 1


@dataclass(slots=True)
class Entry:
    family: str
    n: int
    head: int | None  # id of the emitted heading, None for a run-in item


@dataclass(slots=True)
class Builder:
    text: str
    lines: list[Line] = field(default_factory=list)
    skip: set[int] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    stack: list[Entry] = field(default_factory=list)
    heads: list[Head] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    glossary: int | None = None
    markers: dict[int, Marker | None] = field(default_factory=dict)

    # ---- the pass -------------------------------------------------------------------------
    def run(self) -> list[Head]:
        lines = split_lines(self.text)
        self.skip, self.titles = find_toc([l.text for l in lines])
        if self.titles:
            first = max(self.skip) + 1
            lines = split_glued(self.text, lines, self.titles, first)
        self.lines = lines
        closing = set(read_lines("sections/closing_titles.txt"))
        i = 0
        while i < len(lines):
            if i in self.skip:
                i += 1
                continue
            i = self._line(i, closing) + 1
        return self._with_leads()

    def _line(self, i: int, closing: set[str]) -> int:
        """Handle line i; return the index of the last line it used."""
        line = self.lines[i].text
        if self.glossary is not None and (j := self._term(i)) is not None:
            return j
        mk = self._marker(i)
        if mk is not None and mk.family == "shi":
            self._lead(i, mk)
            return i
        if mk is not None and mk.family == "annex":
            return self._annex(i, mk, closing)
        if mk is not None:
            return self._numbered(i, mk, closing)
        if self._is_structural(i, closing):
            return self._structural(i, clean_title(line.lstrip("#* \t")), closing)
        self._lead(i, None)
        return i

    # ---- kinds of lines -------------------------------------------------------------------
    def _numbered(self, i: int, mk: Marker, closing: set[str]) -> int:
        if mk.shape in ("row", "empty") or self._in_table(i):
            return i
        pos = self._find(mk.family)
        if pos is not None:
            last = self.stack[pos].n
            if not last < mk.n <= last + 2:
                return i
            depth = pos
        else:
            numbered = any(e.family != "U" for e in self.stack)
            if mk.n != 1 and (numbered or self.stack or mk.n > 5):
                return i
            depth = len(self.stack)
        heading = (mk.shape == "title" and not self._empty(i, mk.family, depth)
                   and (pos is None or self.stack[pos].head is not None or self._mixed_ok(i, mk, depth)))
        parent = self._parent(depth)
        del self.stack[depth:]
        if not heading:
            self.stack.append(Entry(mk.family, mk.n, None))
            return i
        end_i, title = self._wrapped(i, mk.title)
        hid = self._emit(i, end_i, mk.number, title, parent)
        self.stack.append(Entry(mk.family, mk.n, hid))
        self._glossary_after(hid, title in closing)
        return end_i

    def _structural(self, i: int, title: str, closing: set[str]) -> int:
        if title in closing:
            depth = 0
        else:
            pos = self._find("U")
            depth = len(self.stack) if pos is None else pos
        parent = self._parent(depth)
        del self.stack[depth:]
        end_i, title = self._wrapped(i, title)
        hid = self._emit(i, end_i, None, title, parent)
        self.stack.append(Entry("U", 0, hid))
        self._glossary_after(hid, title in closing)
        return end_i

    def _annex(self, i: int, mk: Marker, closing: set[str]) -> int:
        title, end_i = mk.title, i
        if not title and i + 1 < len(self.lines) and self._marker(i + 1) is None:
            nxt = self.lines[i + 1].text
            if self._titleish(nxt):
                title, end_i = clean_title(nxt), i + 1
        if not title or mk.shape == "runin":
            return i
        self.stack.clear()
        hid = self._emit(i, end_i, mk.number, title, None)
        self.stack.append(Entry("annex", mk.n, hid))
        self._glossary_after(hid, title in closing)
        return end_i

    def _term(self, i: int) -> int | None:
        """A glossary entry standing alone ("1.“四上”企业：", "［1］一降三减：")."""
        line = self.lines[i].text
        m = MARKER.match(line)
        body = line[m.end():] if m is not None else line
        t = _TERM.match(body.strip())
        if t is None or i + 1 >= len(self.lines) or self._marker(i + 1) is not None:
            return None
        if _TERM.match(self.lines[i + 1].text):
            return None
        gl = self.heads[self.glossary]
        number = regex.sub(r"\s+", "", m.group("marker")) if m is not None else None
        self._emit(i, i, number, clean_title(t.group("title")), self.glossary, level=gl.level + 1)
        return i

    def _lead(self, i: int, mk: Marker | None) -> None:
        if not self.heads and not self.stack and mk is None and i == 0:
            return
        line = self.lines[i]
        prev = self.lines[i - 1].text if i > 0 and (i - 1) not in self.skip else None
        nxt = self.lines[i + 1].text if i + 1 < len(self.lines) else None
        if nxt is not None and self._marker(i + 1) is not None:
            return
        offset = mk.title_start if mk is not None else 0
        parts = lead_parts(line.text[offset:], prev=prev, nxt=nxt)
        if not parts:
            return
        parent = self._innermost()
        for k, (s, e) in enumerate(parts):
            start, end = line.start + offset + s, line.start + offset + e
            title = clean_title(line.text[offset + s:offset + e])
            if k == 0 and mk is not None:
                start = line.start + mk.marker_start
            opening = "#shi" if mk is not None and k == 0 else title[:2]
            self.leads.append(Lead(start=start, end=end, number=mk.number if mk and k == 0 else None,
                                   title=title, opening=opening, parent=parent, sub=k > 0))

    # ---- helpers --------------------------------------------------------------------------
    def _marker(self, i: int) -> Marker | None:
        if i not in self.markers:
            self.markers[i] = parse_marker(self.lines[i].text)
        return self.markers[i]

    def _find(self, family: str) -> int | None:
        for pos in range(len(self.stack) - 1, -1, -1):
            if self.stack[pos].family == family:
                return pos
        return None

    def _parent(self, depth: int) -> int | None:
        for entry in reversed(self.stack[:depth]):
            if entry.head is not None:
                return entry.head
        return None

    def _innermost(self) -> int | None:
        return self._parent(len(self.stack))

    def _emit(self, i: int, end_i: int, number: str | None, title: str, parent: int | None,
              level: int | None = None) -> int:
        if level is None:
            level = 1 if parent is None else self.heads[parent].level + 1
        self.heads.append(Head(start=self.lines[i].start, end=self.lines[end_i].end, number=number,
                               title=title, parent=parent, level=level))
        return len(self.heads) - 1

    def _glossary_after(self, hid: int, is_closing: bool) -> None:
        if is_closing:
            self.glossary = hid
        elif self.glossary is not None and self.heads[hid].level <= self.heads[self.glossary].level:
            self.glossary = None

    def _is_structural(self, i: int, closing: set[str]) -> bool:
        """An unnumbered title: a closing title (名词解释), a TOC title, or a table title."""
        line = self.lines[i].text
        if not self._titleish(line):
            return False
        if clean_title(line.lstrip("#* \t")) in closing:
            return True
        return bool(self.titles and matches(toc_key(line), self.titles)) or self._table_title(i)

    def _titleish(self, line: str) -> bool:
        core = line.strip("#* \t")
        return (0 < len(core) <= MAX_U_TITLE and not _PROSE_MARK.search(core.rstrip("。"))
                and not is_table_row(core) and bool(regex.search(r"\p{Han}", core)))

    def _table_title(self, i: int) -> bool:
        """An unnumbered title followed by the unit line of its table ("单位：万元")."""
        line = self.lines[i].text.rstrip()
        if not line.endswith("表") or i + 1 >= len(self.lines):
            return False
        return bool(_UNIT_LINE.match(self.lines[i + 1].text))

    def _in_table(self, i: int) -> bool:
        """Between two table rows: a numbered cell of a table."""
        if i == 0 or i + 1 >= len(self.lines):
            return False
        return is_table_row(self.lines[i - 1].text) and is_table_row(self.lines[i + 1].text)

    def _empty(self, i: int, family: str, depth: int) -> bool:
        """No content before the next heading at the same or a higher level: a list item."""
        j = i + 1
        while j in self.skip:
            j += 1
        if j >= len(self.lines):
            return True
        mk = self._marker(j)
        if mk is None or mk.shape in ("row", "empty") or mk.family in ("shi", "annex"):
            return False
        return mk.family == family or any(e.family == mk.family for e in self.stack[:depth])

    def _mixed_ok(self, i: int, mk: Marker, depth: int) -> bool:
        """A standalone title among run-in items of its list ("（三）政府信息管理情况。" after
        "（一）主动公开情况。主要通过……"): a heading only if short and not the list's last."""
        if len(mk.title) > MAX_MIXED_TITLE or "，" in mk.title:
            return False
        closing = set(read_lines("sections/closing_titles.txt"))
        above = {e.family for e in self.stack[:depth]}
        for j in range(i + 1, len(self.lines)):
            if j in self.skip:
                continue
            nxt = self._marker(j)
            if nxt is None and self._is_structural(j, closing):
                return False
            if nxt is None or nxt.shape in ("row", "empty"):
                continue
            if nxt.family == mk.family and nxt.n == mk.n + 1:
                return True
            if nxt.family in above or nxt.family == "annex":
                return False
        return False

    def _wrapped(self, i: int, title: str) -> tuple[int, str]:
        """Join a title wrapped over two lines: a short all-Han tail before a marker line, or
        a tail that completes a TOC title."""
        j = i + 1
        if j >= len(self.lines) or self.lines[i].text.rstrip("*# \t").endswith(tuple("。；：！？，")):
            return i, title
        tail = self.lines[j].text
        if len(tail) > MAX_WRAP_TAIL or not _HAN_ONLY.match(tail) or self._marker(j) is not None:
            return i, title
        joined = title + tail
        after = self._marker(j + 1) if j + 1 < len(self.lines) else None
        if (self.titles and toc_key(joined) in self.titles) or (after is not None and after.shape != "row"):
            return j, clean_title(joined)
        return i, title

    # ---- leads ----------------------------------------------------------------------------
    def _with_leads(self) -> list[Head]:
        """All headings in document order with leads placed under their heading or under the
        series lead before them; parents index the returned list, levels follow parents."""
        series = openings(self.leads)
        nodes: list[tuple[int, tuple[str, int], Head, tuple[str, int] | None]] = []
        for k, h in enumerate(self.heads):
            nodes.append((h.start, ("h", k), h, None if h.parent is None else ("h", h.parent)))
        last_series: dict[int | None, int] = {}
        for k, lead in enumerate(self.leads):
            in_series = lead.opening == "#shi" or (lead.parent, lead.opening) in series
            owner = None
            if lead.sub or not in_series:
                if not plain_ok(lead.title):
                    continue
                owner = last_series.get(lead.parent)
            else:
                last_series[lead.parent] = k
            if owner is not None:
                parent_key: tuple[str, int] | None = ("l", owner)
            else:
                parent_key = None if lead.parent is None else ("h", lead.parent)
            head = Head(start=lead.start, end=lead.end, number=lead.number, title=lead.title, parent=None)
            nodes.append((lead.start, ("l", k), head, parent_key))
        nodes.sort(key=lambda node: node[0])
        index = {node[1]: pos for pos, node in enumerate(nodes)}
        result: list[Head] = []
        for _, _, h, parent_key in nodes:
            parent = None if parent_key is None else index[parent_key]
            level = 1 if parent is None else result[parent].level + 1
            result.append(Head(start=h.start, end=h.end, number=h.number, title=h.title,
                               parent=parent, level=level))
        return result
