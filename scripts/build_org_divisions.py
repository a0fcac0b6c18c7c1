"""Rebuild models/orgs/divisions.tsv: China's administrative divisions (province, prefecture and
county level), adcode and name, from the ``cpca`` package's adcodes.csv (MIT licence).

usage: python scripts/build_org_divisions.py [ADCODES_CSV]   (default: the installed cpca's file)
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "orgs" / "divisions.tsv"
HEADER = ("# China's administrative divisions: adcode<TAB>name. Source: the cpca package's\n"
          "# resources/adcodes.csv (MIT licence, (c) 2018 QinYuan Du). Rebuild: scripts/build_org_divisions.py\n")


def source_path(argv: list[str]) -> Path:
    if len(argv) > 1:
        return Path(argv[1])
    import importlib.util

    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("cpca is not installed: pip install cpca, or give the path of adcodes.csv")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"


def build(csv_path: Path) -> str:
    rows = []
    with csv_path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["name"].strip()
            # pseudo entries ("省直辖县级行政区划", "市辖区", "县") are not places
            if len(name) < 2 or name == "市辖区" or name.endswith(("行政区划", "行政区域")):
                continue
            rows.append((row["adcode"].strip(), name))
    rows.sort()
    return HEADER + "".join(f"{code}\t{name}\n" for code, name in rows)


def main() -> None:
    OUT.write_text(build(source_path(sys.argv)), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
