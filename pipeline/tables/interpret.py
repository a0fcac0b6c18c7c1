"""A ``Grid`` of strings → a ``Table``: what each column is, each row's 科目编码 and name, each
figure in yuan.

1. Column roles from the body (and the header where the body is blank): ``code`` (类/款/项,
   科目编码: short digit strings), ``value`` (figures), ``label`` (names).
2. Sides: a two-sided table (收入 | 支出) starts a new side at each code or label column that
   follows a value column; each side of a printed row is a row of its own (side 0, 1…), named
   by its own side's item.
3. A row's code joins its side's code columns (201 + 06 + 01 → 2010601); text found in a code
   column (合计 printed across the code and name columns) goes to the front of the name.
4. The name is printed without spaces and without its enumerator (一、 （一） 1.).
"""
from __future__ import annotations

import re

from .model import Cell, Grid, Row, Table
from .values import CODE, cell_value, is_number

ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、](?!\d))")
CODE_HEADER = re.compile(r"(?:^|/)(?:类|款|项)$|编码|代码")
LABEL_HEADER = re.compile(r"(?:项目|名称|科目)$")
VALUE_HEADER = re.compile(r"数|额|计|支出|收入|经费|费$")
#: A template's placeholders (…, XX, 。。。): blank.
PLACEHOLDER = re.compile(r"^[…\.。·．XＸx—\-]+$")


def column_name(path: tuple[str, ...]) -> str:
    return "/".join(p for p in path if p)


def _looks_coded(texts: list[str]) -> bool:
    """Digit strings of a 科目编码's lengths (201, 06, 20106, 2010601), not figures like 0."""
    return all(CODE.match(t) and len(t) in (2, 3, 5, 7) for t in texts) and any(len(t) >= 3 for t in texts)


def _role(header: str, texts: list[str]) -> str:
    filled = [t for t in texts if t and not PLACEHOLDER.match(t)]
    codes = sum(bool(CODE.match(t)) for t in filled)
    coded = CODE_HEADER.search(header) or (_looks_coded(filled) and not VALUE_HEADER.search(header))
    if filled and codes >= len(filled) - 1 and coded:
        return "code"
    if filled and sum(is_number(t) for t in filled) * 2 >= len(filled):
        return "value"
    if filled:
        return "label"
    if CODE_HEADER.search(header):
        return "code"
    return "label" if LABEL_HEADER.search(header) else "value"


def roles(grid: Grid) -> list[str]:
    names = [column_name(path) for path in grid.header]
    width = len(names)
    return [_role(names[i], [row[i] for row in grid.body if i < len(row)]) for i in range(width)]


def sides(kinds: list[str]) -> list[list[int]]:
    """Column indices of each side: a side starts at a code or label column after a value one."""
    out: list[list[int]] = [[]]
    for i, kind in enumerate(kinds):
        if kind != "value" and any(kinds[j] == "value" for j in out[-1]):
            out.append([])
        out[-1].append(i)
    return out


def clean_label(text: str) -> tuple[str, str]:
    """A printed name without spaces and its enumerator, and the enumerator."""
    text = re.sub(r"\s+", "", text)
    match = ENUMERATOR.match(text)
    if not match or match.end() == len(text):
        return text, ""
    return text[match.end():], match.group()


def _row(texts: tuple[str, ...], columns: list[int], kinds: list[str], names: list[str],
         unit: str | None, side: int) -> Row | None:
    code_parts, lead, label_parts, cells = [], [], [], []
    for i in columns:
        text = texts[i].strip() if i < len(texts) else ""
        text = "" if PLACEHOLDER.match(text) and kinds[i] != "value" else text
        if kinds[i] == "code":
            if CODE.match(text) and len(text) == 1 and names[i].endswith(("款", "项")):
                text = text.zfill(2)  # 款 and 项 are two digits: a printed "2" is 02
            (code_parts if CODE.match(text) else lead).append(text)
        elif kinds[i] == "label":
            label_parts.append(text)
        else:
            cells.append(Cell(names[i], text, cell_value(text, unit)))
    lead = [t for t in lead if t not in ("类", "款", "项")]
    label, marker = clean_label("".join(dict.fromkeys(lead + label_parts)))
    code = "".join(code_parts) or None
    if not label and not code and all(not c.text for c in cells):
        return None
    return Row(code, label, tuple(cells), side, marker)


def interpret(grid: Grid) -> Table:
    """The table a grid of strings prints."""
    kinds = roles(grid)
    names = [column_name(path) for path in grid.header]
    groups = sides(kinds)
    rows = []
    for texts in grid.body:
        for side, columns in enumerate(groups):
            row = _row(texts, columns, kinds, names, grid.unit, side)
            if row is not None:
                rows.append(row)
    if not rows and grid.body:  # its one ruled row printed blank (a 三公 table with no figure)
        blank = tuple(Cell(names[i], "", None) for i, k in enumerate(kinds) if k == "value")
        rows.append(Row(None, "", blank))
    figures = any(c.value is not None for r in rows for c in r.cells)
    return Table(title=grid.title, unit=grid.unit, page=grid.page, columns=tuple(names),
                 rows=tuple(rows), pages=grid.pages or ((grid.page,) if grid.page else ()),
                 two_sided=len(groups) > 1, empty=not figures,
                 notes=(grid.empty_note,) if grid.empty_note else ())
