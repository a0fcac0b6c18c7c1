"""Build models/division_history.tsv: the former names of China's prefecture- and county-level
divisions, each with the code of the division that stands for it today.

Source: the Ministry of Civil Affairs' yearly lists of county-level and higher division codes
(中华人民共和国县级以上行政区划代码, 民政部), as compiled year by year in the public repository
yescallop/areacodes (folder ``data/``, one file a year, lines "CODE NAME"; the repository's README
names the MCA pages each year comes from). Give the folder of those yearly files:

    python scripts/build_division_history.py AREACODES_DATA_DIR [OUT=models/division_history.tsv]

Rules (one row a former name; tab-separated: code, name, level, parent, first, last, successor):
- A former name is a (code, name) pair of some year's list that today's table
  (models/divisions.tsv) does not hold: 130622 清苑县 (until 2015), 130602 新市区.
- level: city for a code ending in 00, else county; parent: the prefecture (code[:4]00) when that
  year lists one, else the province (code[:2]0000). Provinces are left out (none was renamed).
- first / last: the first and last list year it appears in (the change happened after ``last``
  and by the next list year given to the script).
- successor: the code of the division that stands for it today, found by either rule:
  the same code still in use (a rename in place: 130602 新市区 → 竞秀区), else a division of
  today with the same stem under the same prefecture code (清苑县 130622 → 清苑区 130608; a
  县 that became a 县级市). Empty where neither holds (merged or split divisions).
"""
from __future__ import annotations

import sys
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
CURRENT = ROOT / "models" / "divisions.tsv"
OUT = ROOT / "models" / "division_history.tsv"
_LINE = regex.compile(r"^(\d{6})\s+(\S+)$")
_SUFFIX = regex.compile(r"(?:自治县|自治旗|县|区|市|旗)$")
HEADER = ("# Former names of China's prefecture- and county-level divisions, with today's code.\n"
          "# Source: MCA yearly lists of division codes (民政部 县级以上行政区划代码), as compiled by\n"
          "# yescallop/areacodes data/YYYY.txt; list years used: {years}.\n"
          "# Built by scripts/build_division_history.py (rules in its docstring); do not edit by hand.\n"
          "code\tname\tlevel\tparent\tfirst\tlast\tsuccessor\n")


def read_year(path: Path) -> dict[str, str]:
    """code → name of one year's list."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _LINE.match(line.strip())
        if m:
            out[m.group(1)] = m.group(2)
    return out


def read_current() -> dict[str, tuple[str, str]]:
    """code → (name, level) of today's table."""
    out = {}
    for line in CURRENT.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 5 and parts[0].isdigit():
            out[parts[0]] = (parts[1], parts[2])
    return out


def stem(name: str) -> str:
    rest = _SUFFIX.sub("", name)
    return rest if len(rest) >= 2 else name


def successor(code: str, name: str, current: dict[str, tuple[str, str]]) -> str:
    if code in current:
        return code
    same = [c for c, (n, level) in current.items()
            if c[:4] == code[:4] and c != code and level != "province" and stem(n) == stem(name)]
    return same[0] if len(same) == 1 else ""


def build(data_dir: Path) -> str:
    years = {int(p.stem): read_year(p) for p in sorted(data_dir.glob("*.txt")) if regex.fullmatch(r"\d{4}", p.stem)}
    current = read_current()
    seen: dict[tuple[str, str], list[int]] = {}
    parents: dict[tuple[str, str], str] = {}
    for year, codes in sorted(years.items()):
        for code, name in codes.items():
            if code.endswith("0000") or current.get(code, ("",))[0] == name:
                continue  # a province, or a name still in use
            seen.setdefault((code, name), []).append(year)
            prefecture = code[:4] + "00"
            parents[(code, name)] = prefecture if prefecture in codes and prefecture != code else code[:2] + "0000"
    rows = []
    for (code, name), found in sorted(seen.items()):
        level = "city" if code.endswith("00") else "county"
        rows.append("\t".join((code, name, level, parents[(code, name)], str(min(found)), str(max(found)),
                               successor(code, name, current))))
    return HEADER.format(years=", ".join(map(str, sorted(years)))) + "\n".join(rows) + "\n"


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit(__doc__)
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.write_text(build(Path(argv[0])), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
