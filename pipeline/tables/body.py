"""Where a table's header ends and its body starts, the same for ruled and unruled tables: the
body is the first row with a figure or a code, or an earlier bare item (a 合计 row, an enumerated
name) when the figures come later or never (an empty table); ``RawGrid`` is what both readers
give."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .values import CODE, is_number

#: A body row's first text: a total, or an enumerated item.
BODY_TEXT = re.compile(r"^(?:合计|总计|.{0,12}[合总]计|[一二三四五六七八九十]+、|\d+[.．、]\D|（[一二三四五六七八九十]+）)")


@dataclass(frozen=True, slots=True)
class RawGrid:
    """What a ruled region holds: leaf column edges, header paths, body rows (cell texts)."""

    edges: tuple[float, ...]
    header: tuple[tuple[str, ...], ...]
    body: tuple[tuple[str, ...], ...]
    head_rows: tuple[tuple[str, ...], ...] = ()   # the header bands read as rows (a continued
                                                   # table's first rows may be data after all)
    ruled: bool = True                             # False: read from text positions alone


def has_figures(texts: tuple[str, ...]) -> bool:
    return any(is_number(t) or CODE.match(t) for t in texts if t)


def _bare_item(texts: tuple[str, ...]) -> bool:
    """A row without figures: a total or an enumerated item, and at most one more name (the
    合计 row of an empty table; a 收入 | 支出 row with both sides blank)."""
    filled = [t for t in texts if t]
    return 0 < len(filled) <= 3 and bool(BODY_TEXT.match("".join(filled)))


def first_body(rows: list[tuple[str, ...]]) -> int:
    """The first row of the body: the first with a figure or a code, or an earlier bare item
    (a template's 合计 row above its codes)."""
    figures = next((i for i, texts in enumerate(rows) if has_figures(texts)), len(rows))
    bare = next((i for i, texts in enumerate(rows[:figures]) if _bare_item(texts)), figures)
    return min(figures, bare)
