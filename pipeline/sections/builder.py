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
from .leads import Head, Lead, is_prose, lead_parts, place_leads
from .markers import MARKER, Marker, clean_title, parse_marker
from .titles import MAX_BARE_TITLE, NOT_TITLE, in_table, is_closing, structural_line, titleish
from .toc import TocTitles, find_toc, is_part_entry, toc_key

MAX_WRAP_TAIL = 6
MAX_MIXED_TITLE = 20
MAX_LIST_SCAN = 400
_HAN_ONLY = regex.compile(r"^[\p{Han}“”（）()]+$")
_SPACE = regex.compile(r"\s+")
# A prose line announcing an enumeration of items (units, functions), not of sections.
_LEAD_IN = regex.compile(r"(?:包括|包含|分别为|有以下)[^，。]{0,4}[：:]$")
# a review lead standing alone without its 。 ("一年来，我们坚持…，…"): kept only in a series
_COMMA_LEAD = regex.compile(r"^[^，,。；;：:]{2,12}[，,][^。；;：:]{4,40}$")
_TERM = regex.compile(r"^(?P<title>[^。；，：:]{1,30})[：:]$")


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
    toc: TocTitles = field(default_factory=lambda: TocTitles([]))
    parts: TocTitles = field(default_factory=lambda: TocTitles([]))
    stack: list[Entry] = field(default_factory=list)
    heads: list[Head] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)
    glossary: int | None = None
    markers: dict[int, Marker | None] = field(default_factory=dict)
    emitted: dict[tuple[str, str], int] = field(default_factory=dict)
    closing: set[str] = field(default_factory=set)
    part_ends: tuple[str, ...] = ()
    structural: dict[int, bool] = field(default_factory=dict)
    lists: dict[int, tuple[bool, bool]] = field(default_factory=dict)
    repeat: bool = False

    # ---- the pass -------------------------------------------------------------------------
    def run(self) -> list[Head]:
        lines = split_lines(self.text)
        self.skip, self.titles = find_toc([l.text for l in lines])
        self.toc = TocTitles(self.titles)
        self.parts = TocTitles([toc_key(lines[i].text) for i in sorted(self.skip) if is_part_entry(lines[i].text)])
        if self.titles:
            first = max(self.skip) + 1
            lines = split_glued(self.text, lines, self.titles, first)
        self.lines = lines
        closing = self.closing = set(read_lines("sections/closing_titles.txt"))
        self.part_ends = tuple(read_lines("sections/part_titles.txt"))
        i = 0
        while i < len(lines):
            if i in self.skip:
                i += 1
                continue
            i = self._line(i, closing) + 1
            if self.repeat:
                break
        return place_leads(self.heads, self.leads)

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
        if self._lead(i, None) == "title":
            return self._structural(i, clean_title(line), closing)
        return i

    # ---- kinds of lines -------------------------------------------------------------------
    def _numbered(self, i: int, mk: Marker, closing: set[str]) -> int:
        if mk.shape in ("row", "empty") or in_table(self.lines, i):
            return i
        pos = self._find(mk.family)
        if pos is not None and not self.stack[pos].n < mk.n <= self.stack[pos].n + 2:
            first = self.emitted.get((mk.number, mk.title)) if mk.shape == "title" else None
            if first is not None and self._drop_toc(first, i):
                return i - 1  # the headings so far were a TOC without its 目录 line: redo line i
            if self.stack[pos].head is not None or mk.n != 1:
                self.repeat = first is not None  # the text starts over (a page holding it twice)
                return i
            del self.stack[pos:]  # a new list after a list of items
            pos = None
        if pos is not None:
            depth = pos
        else:
            if mk.n != 1 and (self.stack or mk.n > 5):
                return i
            depth = len(self.stack)
        prev_item = pos is not None and self.stack[pos].head is None
        heading = (mk.shape == "title" and not self._empty(i, mk.family, depth)
                   and not self._list_item(i, mk, depth, prev_item) and not self._enumerated(i))
        parent = self._parent(depth)
        del self.stack[depth:]
        if not heading:
            self.stack.append(Entry(mk.family, mk.n, None))
            return i
        end_i, title = self._wrapped(i, mk.title)
        hid = self._emit(i, end_i, mk.number, title, parent)
        self.emitted.setdefault((mk.number, mk.title), hid)
        self.stack.append(Entry(mk.family, mk.n, hid))
        self._glossary_after(hid, is_closing(title, closing))
        return end_i

    def _structural(self, i: int, title: str, closing: set[str]) -> int:
        family, n = "U", 0
        if is_closing(title, closing):
            depth = 0
        elif self.parts.names(toc_key(self.lines[i].text)):
            family = "part"  # a part title written without its 第X部分 in the body
            pos = self._find("part")
            depth, n = (0, 1) if pos is None else (pos, self.stack[pos].n + 1)
        else:
            pos = self._find("U")
            depth = len(self.stack) if pos is None else pos
        parent = self._parent(depth)
        del self.stack[depth:]
        end_i, title = self._wrapped(i, title)
        hid = self._emit(i, end_i, None, title, parent)
        self.stack.append(Entry(family, n, hid))
        self._glossary_after(hid, is_closing(title, closing))
        return end_i

    def _annex(self, i: int, mk: Marker, closing: set[str]) -> int:
        title, end_i = mk.title, i
        if not title and i + 1 < len(self.lines) and self._marker(i + 1) is None:
            nxt = self.lines[i + 1].text
            if titleish(nxt):
                title, end_i = clean_title(nxt), i + 1
        if not title or mk.shape == "runin":
            return i
        self.stack.clear()
        hid = self._emit(i, end_i, mk.number, title, None)
        self.stack.append(Entry("annex", mk.n, hid))
        self._glossary_after(hid, is_closing(title, closing))
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
        number = _SPACE.sub("", m.group("marker")) if m is not None else None
        self._emit(i, i, number, clean_title(t.group("title")), self.glossary, level=gl.level + 1)
        return i

    def _lead(self, i: int, mk: Marker | None) -> str | None:
        """Record line i as a lead sentence ("lead"), or tell that it is an unnumbered title
        standing alone before its paragraph ("title": no closing punctuation), or None."""
        if i == 0:
            return None
        line = self.lines[i]
        prev = self.lines[i - 1].text if (i - 1) not in self.skip else None
        after_heading = bool(self.heads) and self.heads[-1].end == self.lines[i - 1].end
        if prev is not None and after_heading:
            prev = "。"
        nxt = self.lines[i + 1].text if i + 1 < len(self.lines) else None
        if nxt is not None and self._marker(i + 1) is not None:
            return None
        offset = mk.title_start if mk is not None else 0
        parts = lead_parts(line.text[offset:], prev=prev, nxt=nxt)
        if not parts:
            return None
        if mk is None and not line.text.endswith(tuple("。.!！?？")):
            # an unnumbered title ends a paragraph and starts one; a PDF line cut mid-sentence
            # ("……负责贯彻落实党中央有关方针" + "政策、……") does not follow a heading
            if (after_heading or self.titles or len(parts) != 1 or len(line.text) > MAX_BARE_TITLE
                    or NOT_TITLE.search(line.text)):
                if not _COMMA_LEAD.search(line.text):
                    return None
                # "五年来，我们转型升级、创新突破，制造业强县步伐坚实": a lead without its 。, kept
                # only in a series (a lead with a comma never stands alone: leads.py)
            else:
                return "title"
        parent = self._innermost()
        for k, (s, e) in enumerate(parts):
            start, end = line.start + offset + s, line.start + offset + e
            title = clean_title(line.text[offset + s:offset + e])
            if k == 0 and mk is not None:
                start = line.start + mk.marker_start
            opening = "#shi" if mk is not None and k == 0 else title[:2]
            self.leads.append(Lead(start=start, end=end, number=mk.number if mk and k == 0 else None,
                                   title=title, opening=opening, parent=parent, sub=k > 0,
                                   merged=k == 0 and len(parts) > 1))
        return "lead"

    def _drop_toc(self, first: int, i: int) -> bool:
        """If the lines from heading ``first`` up to line i hold no paragraph, they were a TOC
        without its 目录 line: forget the headings found there and skip those lines."""
        head = self.heads[first]
        if head.parent is not None or any(h.parent is not None and h.parent < first for h in self.heads[first:]):
            return False
        lines = [k for k in range(i) if self.lines[k].start >= head.start]
        if any(is_prose(self.lines[k].text) for k in lines):
            return False
        self.skip.update(lines)
        self.titles.extend(toc_key(self.lines[k].text) for k in lines)
        self.toc = TocTitles(self.titles)
        self.structural.clear()
        self.lists.clear()
        del self.heads[first:]
        self.leads = [lead for lead in self.leads if lead.start < head.start]
        self.emitted = {key: hid for key, hid in self.emitted.items() if hid < first}
        self.stack.clear()
        return True

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
        if i not in self.structural:
            self.structural[i] = structural_line(self.lines, i, closing, self.part_ends, self.toc)
        return self.structural[i]

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

    def _enumerated(self, i: int) -> bool:
        """An item of an enumeration that a prose lead-in opens ("…具体包括：" / "1.财政局本部")."""
        j = i - 1
        while j >= 0 and not self.lines[j].text.strip():
            j -= 1
        if j < 0 or self._marker(j) is not None:
            return False
        lead = self.lines[j].text.rstrip()
        return lead.endswith(("：", ":")) and _LEAD_IN.search(lead) is not None

    def _list_item(self, i: int, mk: Marker, depth: int, prev_item: bool) -> bool:
        """A standalone title in a list of run-in items ("（三）政府信息管理情况。" among
        "（一）主动公开情况。主要通过……") is a heading only if short and not the list's last;
        otherwise it is an item whose content the layout put on the next line."""
        runin_later, has_next = self._siblings_after(i, mk, depth)
        if not (prev_item or runin_later):
            return False
        return len(mk.title) > MAX_MIXED_TITLE or "，" in mk.title or not has_next

    def _siblings_after(self, i: int, mk: Marker, depth: int) -> tuple[bool, bool]:
        """Whether a later sibling of marker line i (same family, same list) is a run-in item,
        and whether the next number follows. Memoized along the list, so a long list costs
        one scan."""
        if i in self.lists:
            return self.lists[i]
        above = {e.family for e in self.stack[:depth]}
        chain: list[tuple[int, int, bool]] = []  # later siblings: line, number, run-in
        tail, n, j, stop = False, mk.n, i + 1, i + MAX_LIST_SCAN
        while j < min(len(self.lines), stop):
            nxt = self._marker(j) if j not in self.skip else None
            if nxt is None:
                if j not in self.skip and self._is_structural(j, self.closing):
                    break
            elif nxt.shape not in ("row", "empty"):
                if nxt.family in above or nxt.family == "annex" or (nxt.family == mk.family and nxt.n <= n):
                    break
                if nxt.family == mk.family:
                    chain.append((j, nxt.n, nxt.shape == "runin"))
                    n, stop = nxt.n, j + MAX_LIST_SCAN
                    if j in self.lists:
                        tail = self.lists[j][0]  # what follows j is known already
                        break
            j += 1
        later = tail
        for k in range(len(chain) - 1, -1, -1):
            line, number, runin = chain[k]
            if line not in self.lists:
                self.lists[line] = (later, k + 1 < len(chain) and chain[k + 1][1] == number + 1)
            later = later or runin
        result = (later, bool(chain) and chain[0][1] == mk.n + 1)
        self.lists[i] = result
        return result

    def _wrapped(self, i: int, title: str) -> tuple[int, str]:
        """Join a title wrapped over two lines: a short all-Han tail before a marker line, or
        a tail that completes a TOC title."""
        j = i + 1
        if j >= len(self.lines) or self.lines[i].text.rstrip("*# \t").endswith(tuple("。；：！？，")):
            return i, title
        tail = self.lines[j].text
        if (len(tail) > MAX_WRAP_TAIL or not _HAN_ONLY.match(tail) or self._marker(j) is not None
                or self._is_structural(j, self.closing)):  # a title of its own (名词解释)
            return i, title
        joined = title + tail
        after = self._marker(j + 1) if j + 1 < len(self.lines) else None
        if (self.titles and toc_key(joined) in self.titles) or (after is not None and after.shape != "row"):
            return j, clean_title(joined)
        return i, title
