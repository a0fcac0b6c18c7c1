"""Stage: sections, the heading tree of a report from its official numbering.

``find_sections(text)`` gives the headings of the body in document order, each with its depth
in the document's own tree (the top level of the body is 1, whatever its marker), its marker
as written, its title, its span and the span of its content. Table-of-contents entries, list
items carrying their content, table cells and the document title are not headings.
"""
from __future__ import annotations

from dataclasses import dataclass

from .builder import Builder


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """One heading: ``text[start:end] == text`` is the heading as written, ``content_end`` the
    end of its section (the next heading at the same or a higher level, or the end of text)."""

    index: int
    level: int
    number: str | None
    title: str
    text: str
    start: int
    end: int
    content_end: int
    parent: int | None

    def to_dict(self) -> dict:
        return {"index": self.index, "level": self.level, "number": self.number,
                "title": self.title, "text": self.text, "start": self.start, "end": self.end,
                "content_end": self.content_end, "parent": self.parent}


def find_sections(text: str) -> list[Section]:
    """The heading tree of ``text`` as a flat list; parents precede their children."""
    if not isinstance(text, str) or not text.strip():
        return []
    heads = Builder(text).run()
    sections: list[Section] = []
    for k, h in enumerate(heads):
        content_end = len(text)
        for later in heads[k + 1:]:
            if later.level <= h.level:
                content_end = later.start
                break
        sections.append(Section(index=k, level=h.level, number=h.number, title=h.title,
                                text=text[h.start:h.end], start=h.start, end=h.end,
                                content_end=content_end, parent=h.parent))
    return sections


__all__ = ["Section", "find_sections"]
