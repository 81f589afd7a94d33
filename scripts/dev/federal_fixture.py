#!/usr/bin/env python3
"""Write tests/fixtures/federal-households.csv: federal income tax and FICA from PolicyEngine-US.

A dev-only, independent check of the Rust tax engine (shared/spec/taxes.md): for several hundred
households (years 2024 to 2026; single, joint and head of household; 0 to 3 children; an offer's
wages, 401(k) deferral, Section 125 premium and qualified overtime; a spouse's or a second job's
wages) it asks PolicyEngine-US for the federal income tax of the return with the offer, the tax of
the same household with only `other`, and the offer's Social Security, Medicare and Additional
Medicare Tax, and writes them to the committed fixture that a Rust test reads.

Run it from the repository root with the Python of a virtual environment that has policyengine-us
(it runs offline and takes about a minute, most of it importing PolicyEngine):

    /path/to/venv/bin/python scripts/dev/federal_fixture.py

It is not part of the test command (scripts/test): the fixture is committed, and the script only
needs to run again to refresh it, for example with a newer policyengine-us. The households come from
a fixed seed, so a rerun with the same policyengine-us writes the same file.

How the households are given to PolicyEngine (variable names of policyengine-us 2.68):
  - every household is three separate tax units in one batched Simulation per year:
      A: the return with the offer: head's employment_income = wages (+ other for single/hoh, a second
         job of the same person), traditional_401k_contributions_desired = deferral,
         pre_tax_health_insurance_premiums = premium, fsla_overtime_premium = ot_qualified; on a
         joint return a spouse (age 40) with employment_income = other;
      B: the same household with only `other` (no offer wages, deferral, premium or overtime);
      C: the offer's pay alone on a single person, for the offer's Social Security and Medicare tax.
  - traditional_401k_contributions is in the pre_tax_contributions list (box 1 wages,
    irs_employment_income) but not in fica_pre_tax_contributions (payroll_tax_gross_wages);
    pre_tax_health_insurance_premiums is in both. The script asserts box 1 and FICA wages.
  - filing_status is set as an input (it has a formula, and an input overrides it), so hoh with no
    children is a head-of-household return with no dependents. Roles are set with
    tax_unit_role_input (HEAD, SPOUSE, DEPENDENT) so the two 40-year-olds of a joint return are
    not ordered by a tie on age.
  - children are ages 3, 7 and 12, citizens (ssn_card_type defaults to CITIZEN), in the tax unit.
  - state_code is TX (no state income tax, so itemizing never beats the standard deduction).

PolicyEngine stores float variables as float32, so amounts carry errors of a few cents at six
figures; the fixture writes them with 2 decimals as PolicyEngine returns them.
"""

import csv
import importlib.metadata
import io
import os
import random
import sys
import time
from dataclasses import dataclass

SEED = 20260504
OUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
    "federal-households.csv",
)

YEARS = (2024, 2025, 2026)
FILINGS = ("single", "joint", "hoh")
PE_FILING = {"single": "SINGLE", "joint": "JOINT", "hoh": "HEAD_OF_HOUSEHOLD"}
KID_AGES = (3, 7, 12)

# Limits used only to build households (the figures come from PolicyEngine).
LIMIT_402G = {2024: 23_000, 2025: 23_500, 2026: 24_500}
SS_WAGE_BASE = {2024: 168_600, 2025: 176_100, 2026: 184_500}
# Saver's credit AGI limits of a joint return (Notices 2023-75, 2024-80, 2025-67); hoh 3/4, others 1/2.
SAVERS_JOINT = {
    2024: (46_000, 50_000, 76_500),
    2025: (47_500, 51_000, 79_000),
    2026: (48_500, 52_500, 80_500),
}
SAVERS_SHARE = {"joint": 1.0, "hoh": 0.75, "single": 0.5}

HEADER = (
    "id,year,filing,kids,other,wages,deferral,premium,ot_qualified,agi,taxable_income,"
    "tax_before_credits,savers_credit,ctc_nonrefundable,ctc_refundable,eitc,ot_deduction,"
    "income_tax,income_tax_other_alone,social_security,medicare,additional_medicare"
)


@dataclass
class Household:
    year: int
    filing: str
    kids: int
    other: int
    wages: int
    deferral: int
    premium: int
    ot: int
    tag: str
    id: int = 0

    def normalize(self):
        self.wages = max(0, int(self.wages))
        self.other = max(0, int(self.other))
        self.premium = min(max(0, int(self.premium)), self.wages)
        self.deferral = min(max(0, int(self.deferral)), LIMIT_402G[self.year],
                            self.wages - self.premium)
        self.ot = min(max(0, int(self.ot)), self.wages)
        return self


def agi_case(year, filing, kids, agi, deferral=0, premium=0, other=0, ot=0, tag=""):
    """A household whose AGI (box 1 wages of the offer plus other) is `agi`."""
    wages = agi - other + deferral + premium
    return Household(year, filing, kids, other, wages, deferral, premium, ot, tag)


def random_households(rng, n):
    out = []
    for i in range(n):
        year = YEARS[i % 3]
        filing = rng.choice(FILINGS)
        kids = rng.randint(0, 3)
        u = rng.random()
        if u < 0.03:
            wages = 0
        elif u < 0.58:
            wages = rng.randint(1, 80_000)
        elif u < 0.78:
            wages = rng.randint(80_000, 150_000)
        elif u < 0.92:
            wages = rng.randint(150_000, 260_000)
        else:
            wages = rng.randint(260_000, 500_000)
        if rng.random() < 0.5:
            other = 0
        else:
            u = rng.random()
            other = (rng.randint(1, 80_000) if u < 0.6
                     else rng.randint(80_000, 200_000) if u < 0.9
                     else rng.randint(200_000, 300_000))
        premium = 0 if rng.random() < 0.3 else rng.randint(0, 6_000)
        u = rng.random()
        if u < 1 / 3:
            deferral = 0
        elif u < 0.9:
            deferral = round(wages * rng.uniform(0.01, 0.15))
        else:
            deferral = LIMIT_402G[year]  # the most allowed (capped by wages - premium)
        ot = round(wages * rng.uniform(0.01, 0.20)) if rng.random() < 1 / 3 else 0
        out.append(Household(year, filing, kids, other, wages, deferral, premium, ot,
                             "random").normalize())
    return out


def targeted_households():
    h = []
    add = lambda x: h.append(x.normalize())  # noqa: E731
    # Hand-checked spot cases.
    add(Household(2026, "single", 0, 0, 50_000, 0, 0, 0, "spot: taxable 33,900, tax 3,820"))
    add(Household(2025, "single", 0, 0, 80_000, 0, 0, 0, "spot: taxable 64,250, tax 9,049"))
    for year in YEARS:
        # Zero pay, zero everything; and an offer of 0 beside other income.
        add(Household(year, "single", 0, 0, 0, 0, 0, 0, "zero"))
        add(Household(year, "joint", 2, 40_000, 0, 0, 0, 0, "offer 0, spouse earns"))
        # Additional child tax credit phase-in (15% over 2,500) and refundable cap.
        for kids, wages in ((1, 2_000), (1, 6_000), (2, 9_000), (3, 4_000), (3, 14_000), (3, 30_000)):
            add(Household(year, "hoh", kids, 0, wages, 0, 0, 0, "ACTC phase-in"))
        # EITC: plateau and phase-out with 1 and 2 children, single/hoh and joint; no children.
        for kids in (1, 2):
            add(Household(year, "single", kids, 0, 20_500, 0, 0, 0, "EITC plateau"))
            add(Household(year, "hoh", kids, 0, 21_000, 0, 1_000, 0, "EITC plateau, premium"))
            add(Household(year, "hoh", kids, 0, 36_000, 0, 0, 0, "EITC phase-out"))
            add(Household(year, "single", kids, 0, 42_000, 2_000, 0, 0, "EITC phase-out, deferral"))
            add(Household(year, "joint", kids, 5_000, 22_000, 0, 0, 0, "EITC plateau joint"))
            add(Household(year, "joint", kids, 10_000, 38_000, 1_000, 0, 0, "EITC phase-out joint"))
        add(Household(year, "single", 0, 0, 9_000, 0, 0, 0, "EITC no children"))
        add(Household(year, "hoh", 0, 0, 14_000, 0, 0, 0, "EITC no children, hoh no dependents"))
        add(Household(year, "single", 3, 0, 30_000, 0, 0, 0, "EITC 3 children"))
        # Saver's credit: each rate band, each limit exactly and one dollar over.
        for filing in FILINGS:
            l1, l2, l3 = (round(x * SAVERS_SHARE[filing]) for x in SAVERS_JOINT[year])
            kids = 1 if filing == "hoh" else 0
            for agi in (l1 - 3_000, l1, l1 + 1, (l1 + l2) // 2, l2, l2 + 1,
                        (l2 + l3) // 2, l3, l3 + 1):
                other = agi // 3 if filing == "joint" else 0
                add(agi_case(year, filing, kids, agi, deferral=2_000, premium=500, other=other,
                             tag="saver's credit band"))
        # Child tax credit phase-out (over 200,000; 400,000 joint; 50 per 1,000 or part of it).
        for agi in (200_000, 200_001, 200_999, 201_000, 201_001, 230_500):
            add(agi_case(year, "single", 2, agi, deferral=10_000, tag="CTC phase-out"))
        for agi in (250_000, 290_000):
            add(agi_case(year, "hoh", 3, agi, premium=3_000, tag="CTC phase-out hoh"))
        for agi in (400_000, 400_001, 455_500):
            add(agi_case(year, "joint", 3, agi, deferral=LIMIT_402G[year], other=150_000,
                         tag="CTC phase-out joint"))
        # Overtime deduction: cap and phase-out (2025 on; 2024 must show 0).
        add(Household(year, "single", 0, 0, 120_000, 6_000, 0, 15_000, "overtime cap"))
        add(Household(year, "hoh", 2, 0, 60_000, 0, 0, 6_000, "overtime below cap"))
        for agi in (150_000, 150_999, 151_000, 175_500, 275_000):
            add(agi_case(year, "single", 0, agi, ot=14_000, tag="overtime phase-out"))
        for agi in (300_000, 301_500, 420_000):
            add(agi_case(year, "joint", 1, agi, other=100_000, ot=30_000,
                         tag="overtime phase-out joint"))
        add(agi_case(year, "single", 0, 160_000, other=40_000, ot=9_000,
                     tag="overtime phase-out with second job"))
        # Social Security wage base (FICA wages = wages - premium).
        base = SS_WAGE_BASE[year]
        for fica_wages in (base - 1, base, base + 1):
            add(Household(year, "single", 0, 0, fica_wages + 2_400, 10_000, 2_400, 0,
                          "Social Security wage base"))
        add(Household(year, "single", 0, 100_000, base + 50_000, 0, 0, 0,
                      "wage base, second job not counted"))
        # Additional Medicare Tax at wages 260,000 and near the thresholds.
        for filing, other in (("single", 0), ("hoh", 0), ("joint", 0), ("joint", 100_000),
                              ("single", 100_000)):
            add(Household(year, filing, 1 if filing == "hoh" else 0, other, 260_000,
                          LIMIT_402G[year], 0, 0, "Additional Medicare, 260,000"))
        add(Household(year, "single", 0, 0, 202_000, 0, 2_000, 0,
                      "Additional Medicare threshold exactly"))
        add(Household(year, "single", 0, 0, 202_001, 0, 2_000, 0,
                      "Additional Medicare threshold + 1"))
        add(Household(year, "joint", 0, 150_000, 150_000, 5_000, 0, 0,
                      "Additional Medicare split by spouse"))
        add(Household(year, "single", 0, 250_000, 40_000, 0, 0, 0,
                      "Additional Medicare, second job over threshold"))
        # Top brackets.
        add(Household(year, "single", 0, 0, 500_000, LIMIT_402G[year], 6_000, 0, "top bracket"))
        add(Household(year, "joint", 2, 300_000, 500_000, LIMIT_402G[year], 6_000, 0,
                      "top bracket joint"))
        add(Household(year, "hoh", 1, 200_000, 450_000, 0, 0, 0, "top bracket hoh"))
    return h


def build_situation(year, households):
    people, tax_units, families, spm_units, marital_units, hh_units = {}, {}, {}, {}, {}, {}
    Y = year

    def unit(key, adults, spouse_pay, filing, kids, offer):
        """One tax unit: head (and spouse) and the children, in their own household."""
        members = []
        head = f"{key}_head"
        people[head] = dict(age={Y: 40}, is_blind={Y: False},
                            tax_unit_role_input={Y: "HEAD"}, **adults)
        members.append(head)
        marital = [head]
        if spouse_pay is not None:
            spouse = f"{key}_spouse"
            people[spouse] = {"age": {Y: 40}, "is_blind": {Y: False},
                              "tax_unit_role_input": {Y: "SPOUSE"},
                              "employment_income": {Y: spouse_pay}}
            members.append(spouse)
            marital.append(spouse)
        marital_units[f"{key}_mu"] = {"members": marital}
        for k in range(kids):
            child = f"{key}_kid{k}"
            people[child] = {"age": {Y: KID_AGES[k]}, "tax_unit_role_input": {Y: "DEPENDENT"}}
            members.append(child)
            marital_units[f"{key}_mu{k}"] = {"members": [child]}
        # filing_status is an input here: it overrides PolicyEngine's formula, so an hoh return
        # with no children stays head of household (and claims no dependents).
        tax_units[f"{key}_tu"] = {"members": members, "filing_status": {Y: PE_FILING[filing]}}
        families[f"{key}_fam"] = {"members": members}
        spm_units[f"{key}_spm"] = {"members": members}
        hh_units[f"{key}_hh"] = {"members": members, "state_code": {Y: "TX"}}

    for h in households:
        joint = h.filing == "joint"
        own_other = 0 if joint else h.other
        # A: the return with the offer.
        unit(f"h{h.id}A", {
            "employment_income": {Y: h.wages + own_other},
            "traditional_401k_contributions_desired": {Y: h.deferral},
            "pre_tax_health_insurance_premiums": {Y: h.premium},
            "fsla_overtime_premium": {Y: h.ot},
        }, h.other if joint else None, h.filing, h.kids, True)
        # B: the same household with only `other`.
        unit(f"h{h.id}B", {"employment_income": {Y: own_other}},
             h.other if joint else None, h.filing, h.kids, False)
        # C: the offer's pay alone, for its Social Security and Medicare tax.
        unit(f"h{h.id}C", {
            "employment_income": {Y: h.wages},
            "traditional_401k_contributions_desired": {Y: h.deferral},
            "pre_tax_health_insurance_premiums": {Y: h.premium},
        }, None, "single", 0, True)
    return {"people": people, "tax_units": tax_units, "families": families,
            "spm_units": spm_units, "marital_units": marital_units, "households": hh_units}


TU_VARS = [
    "adjusted_gross_income", "taxable_income", "income_tax_main_rates", "income_tax_before_credits",
    "savers_credit", "ctc", "non_refundable_ctc", "ctc_limiting_tax_liability", "refundable_ctc",
    "eitc", "overtime_income_deduction", "standard_deduction", "income_tax", "additional_medicare_tax",
    "income_tax_refundable_credits", "income_tax_capped_non_refundable_credits",
]
PERSON_VARS = [
    "employment_income", "irs_employment_income", "payroll_tax_gross_wages",
    "traditional_401k_contributions", "employee_social_security_tax", "employee_medicare_tax",
]


def run_year(Simulation, year, households):
    sim = Simulation(situation=build_situation(year, households))
    tu = {v: sim.calculate(v, year).astype(float) for v in TU_VARS}
    tu["filing_status"] = sim.calculate("filing_status", year).decode_to_str()
    tu_ids = list(sim.populations["tax_unit"].ids)
    pe = {v: sim.calculate(v, year).astype(float) for v in PERSON_VARS}
    person_ids = list(sim.populations["person"].ids)
    tu_index = {k: i for i, k in enumerate(tu_ids)}
    p_index = {k: i for i, k in enumerate(person_ids)}

    rows = []
    for h in households:
        a, b, c = (tu_index[f"h{h.id}{g}_tu"] for g in "ABC")
        pa, pc = p_index[f"h{h.id}A_head"], p_index[f"h{h.id}C_head"]
        joint = h.filing == "joint"
        own_other = 0 if joint else h.other

        # Checks that PolicyEngine got the household the way the contract means it.
        assert tu["filing_status"][a] == PE_FILING[h.filing], (h, tu["filing_status"][a])
        assert abs(pe["traditional_401k_contributions"][pa] - h.deferral) < 0.01, h
        assert abs(pe["irs_employment_income"][pc] - (h.wages - h.deferral - h.premium)) < 0.05, h
        assert abs(pe["irs_employment_income"][pa]
                   - (h.wages + own_other - h.deferral - h.premium)) < 0.05, h
        assert abs(pe["payroll_tax_gross_wages"][pc] - (h.wages - h.premium)) < 0.05, h
        assert abs(tu["adjusted_gross_income"][a]
                   - (h.wages - h.deferral - h.premium + h.other)) < 0.05, h
        # Wages only: no AMT or capital gains tax, so the tax before credits is the rate schedule's.
        assert abs(tu["income_tax_before_credits"][a] - tu["income_tax_main_rates"][a]) < 0.01, h
        # overtime_income_deduction has a value in 2024 too (its parameters reach back), but only
        # the 2025-2028 lists of deductions (gov.irs.deductions.deductions_if_not_itemizing)
        # include it; the fixture shows the deduction taken.
        ot_deduction = tu["overtime_income_deduction"][a] if year >= 2025 else 0.0
        assert abs(tu["taxable_income"][a] - max(0.0, tu["adjusted_gross_income"][a]
                   - tu["standard_deduction"][a] - ot_deduction)) < 0.05, h
        if h.other == 0:
            assert abs(tu["income_tax"][b]) < 0.01 and tu["additional_medicare_tax"][b] == 0, h

        tax = tu["income_tax_main_rates"][a]
        savers = tu["savers_credit"][a]
        # PolicyEngine's non_refundable_ctc is ctc - refundable_ctc before the tax limit; the part
        # allowed (Form 1040 line 19) is at most the tax left after the saver's credit.
        ctc_nonref = min(tu["non_refundable_ctc"][a], tu["ctc_limiting_tax_liability"][a])
        ctc_ref = tu["refundable_ctc"][a]
        eitc = tu["eitc"][a]
        income_tax = tu["income_tax"][a]
        assert abs(savers + ctc_nonref - tu["income_tax_capped_non_refundable_credits"][a]) < 0.05, h
        assert abs(ctc_ref + eitc - tu["income_tax_refundable_credits"][a]) < 0.05, h
        assert abs(tax - savers - ctc_nonref - ctc_ref - eitc - income_tax) < 0.05, h

        rows.append([
            h.id, year, h.filing, h.kids, h.other, h.wages, h.deferral, h.premium, h.ot,
            tu["adjusted_gross_income"][a], tu["taxable_income"][a], tax, savers, ctc_nonref,
            ctc_ref, eitc, ot_deduction, income_tax,
            tu["income_tax"][b] if h.other else 0.0,
            pe["employee_social_security_tax"][pc], pe["employee_medicare_tax"][pc],
            tu["additional_medicare_tax"][a] - tu["additional_medicare_tax"][b],
        ])
    return rows


def fmt(x):
    if isinstance(x, (int, str)):
        return str(x)
    s = f"{x:.2f}"
    return "0.00" if s == "-0.00" else s


def main():
    start = time.time()
    version = importlib.metadata.version("policyengine-us")
    from policyengine_us import Simulation

    rng = random.Random(SEED)
    households = targeted_households() + random_households(rng, 330)
    for i, h in enumerate(households, 1):
        h.id = i
    rows = []
    for year in YEARS:
        rows += run_year(Simulation, year, [h for h in households if h.year == year])
    rows.sort(key=lambda r: r[0])

    n_target = sum(1 for h in households if h.tag != "random")
    buf = io.StringIO()
    buf.write(f"# policyengine-us {version}, written by scripts/dev/federal_fixture.py\n")
    buf.write(f"# seed {SEED}; ids 1-{n_target} targeted cases (thresholds, phase-outs, spot "
              f"checks), {n_target + 1}-{len(households)} random households\n")
    buf.write("# amounts in dollars; PolicyEngine computes in float32, so expect a few cents of "
              "noise at six figures\n")
    buf.write(HEADER + "\n")
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow([fmt(x) for x in r])
    text = buf.getvalue()
    assert '"' not in text
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="") as f:
        f.write(text)
    print(f"wrote {len(rows)} households to {os.path.normpath(OUT)} "
          f"in {time.time() - start:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
