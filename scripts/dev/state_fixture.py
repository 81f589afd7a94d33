#!/usr/bin/env python3
"""Write tests/fixtures/state-households.csv: state income tax and payroll from PolicyEngine-US.

A dev-only, independent check of the Rust state tax engine (shared/spec/taxes.md, "State income
tax" and "State payroll contributions"; data/state-tax/). For about 1,600 households in all 50
states and DC (at least 26 per place, 48 in CA NY NJ PA IL MA MD VA GA NC OH MI; years 2024 to
2026; single, joint and head of household; 0 to 3 children; an offer's wages, 401(k) deferral,
Section 125 premium, employer HSA contribution and qualified overtime; a spouse's or a second job's
wages) it asks PolicyEngine-US for the state income tax of the return with the offer, the state tax
of the same household with only `other`, the state's intermediate amounts, and the employee's state
payroll contributions on the offer's pay, and writes them to a fixture that a Rust test can read.
The household lives and works in `state`.

Run it from the repository root with the Python of a virtual environment that has policyengine-us
(it runs offline and takes a few minutes, about a minute of it importing PolicyEngine):

    /path/to/venv/bin/python scripts/dev/state_fixture.py

It is not part of the test command (scripts/test): the fixture is committed, and the script only
needs to run again to refresh it, for example with a newer policyengine-us. The households come from
a fixed seed, so a rerun with the same policyengine-us writes the same file.

How the households are given to PolicyEngine (variable names of policyengine-us 2.68), as in
scripts/dev/federal_fixture.py: one batched Simulation per year holding every state's households,
each household as three tax units, each in its own PolicyEngine household with state_code = state:
  A: the return with the offer: head's employment_income = wages + employer_hsa (+ other for
     single/hoh: a second job of the same person), traditional_401k_contributions_desired =
     deferral, pre_tax_health_insurance_premiums = premium,
     health_savings_account_payroll_contributions = employer_hsa, fsla_overtime_premium =
     ot_qualified; on a joint return a spouse (age 40) with employment_income = other;
  B: the same household with only `other` (no offer pay, deferral, premium, HSA or overtime);
  C: the offer's pay alone on a single person, for the offer's state payroll contributions (wage
     bases are per employer, so a second job's wages must not share them).
filing_status is an input (hoh with no children stays head of household), roles are set with
tax_unit_role_input, ak_permanent_fund_dividend is set to 0 in Alaska (PolicyEngine pays every
Alaskan the dividend by default, which would add to AGI), and children are aged 7, 10 and 13 (all
under 17, none under 6). So credits only for children under 6 never apply (CA young child tax
credit, OR Kids Credit, NJ, VT, CO and MD child tax credits, GA's from 2026, NE's refundable child
credit, DC's Keep Child Care Affordable credit), nor CO's full family affordability credit (the
children get its 6-16 rate). Two credits with a cut-off inside 7-13 do apply to some children: IL's
child tax credit (children under 12: the 7- and 10-year-olds) and MA's child and family credit
(dependents under 13, from 2023: the 7- and 10-year-olds, not the 13-year-old).

Employer HSA contributions: PolicyEngine has no variable for an employer's HSA contribution. It has
health_savings_account_payroll_contributions (HSA contributions through payroll, i.e. a Section 125
salary reduction), which it subtracts from employment_income in both pre_tax_contributions (box 1)
and fica_pre_tax_contributions (FICA wages). For income and payroll taxes an employer contribution
(IRC 106(d)) and a cafeteria-plan salary reduction are treated alike, so the script puts
employer_hsa into employment_income and into that variable: box 1 wages stay wages - deferral -
premium and FICA wages wages - premium (asserted), and California adds the HSA money back
(ca_hsa_addition). New Jersey's wages start from gross employment_income, so NJ taxes it too.
Caveat: many of PolicyEngine's state payroll wage bases start from gross employment_income (NJ
TDI/FLI/UI, NY DBL/PFL, PA UC, MN paid leave, WA Cares; CO FAMLI and MA, ME, OR and WA paid leave
too, capped at the Social Security wage base), so there both the Section 125 premium and the HSA
money count as payroll wages (right for NJ; see the `# correction:` lines for the others), and CA
SDI adds the HSA money back through ca_payroll_tax_gross_wages (not checked against EDD's rules).
The fixture shows PolicyEngine's figures as they are.

Local income taxes are not included. PolicyEngine keeps them in separate variables summed by
local_income_tax (nyc_income_tax, in_county_tax, pa_philadelphia_wage_tax, the Kansas City and
St. Louis earnings taxes, Wilmington's earned income tax) or in md_local_income_tax_* (Maryland
county tax) and ny_yonkers_income_tax / or_multnomah_pfa_tax (in
household_tax_before_refundable_credits only). None of them is in any <st>_* variable read here:
md_income_tax is the state tax only (md_income_tax_before_credits has no county tax), ny_income_tax
has no New York City or Yonkers tax (and in_nyc is set to False for NY households), in_income_tax is
in_agi_tax less credits (in_county_tax, which PolicyEngine computes with its default county, is
not in it), oh_income_tax and pa_income_tax have no municipal or school district tax. The script
asserts that state_income_tax (PolicyEngine's sum over states) equals the <st>_income_tax read.
State use taxes (ca_use_tax, il_use_tax in il_total_tax, ...) are not income tax and are left out.

Columns (amounts in dollars, 2 decimals; -1 where PolicyEngine has no such amount for the state):
  federal_agi                 adjusted_gross_income of A
  state_agi                   the state's AGI variable (table below); -1 where the state's return
                              starts from federal AGI or federal taxable income and PolicyEngine
                              has no state AGI variable (CO MI MN NC ND NM SC) and in the nine
                              places with no tax on wages (AK FL NV NH SD TN TX WA WY)
  state_taxable_income        <st>_taxable_income, except IN in_agi (Indiana taxes its AGI after
                              exemptions, IT-40 line 7), MA ma_part_b_taxable_income (Part B:
                              wages), PA pa_adjusted_taxable_income (PA-40 line 11); MO and other
                              person-level variables are summed over the tax unit
  state_tax_before_credits    the tax from the state's rate schedule before credits:
                              <st>_income_tax_before_credits where PolicyEngine has it, else
                              <st>_income_tax_before_non_refundable_credits; the exceptions are in
                              the table (IN in_agi_tax, NJ nj_main_income_tax, PA
                              pa_income_tax_before_forgiveness, CT ct_income_tax_after_amt, which
                              already has CT's personal tax credit as Form CT-1040 line 6 does,
                              and AR DE KY MS MT, which follow the return PolicyEngine chose for a
                              married couple: joint or separately on the same return)
  state_nonrefundable_credits the non-refundable credits allowed: state_tax_before_credits -
                              <st>_income_tax_before_refundable_credits (at most the tax). This is
                              min(<st>_non_refundable_credits, tax) in most states, but it also
                              holds credits PolicyEngine builds into the tax after the rate
                              schedule: UT's taxpayer tax credit, PA's tax forgiveness, VA's spouse
                              tax adjustment, NE's federal-tax limit, IA's reduced-tax limit
  state_refundable_credits    <st>_refundable_credits (PA pa_refundable_tax_credits); -1 in NC
                              (no refundable credits in PolicyEngine)
  state_income_tax            <st>_income_tax of A = before - nonrefundable - refundable (asserted),
                              except that ID's also holds the $10 permanent building fund tax
                              (id_pbf, Form 40 line 43; CO's co_amt and VT's
                              vt_child_care_contributions are also added there, 0 for wages). In
                              the places with no tax on wages: state_income_tax (0), but WA
                              wa_income_tax = -wa_refundable_credits, the Working Families Tax
                              Credit (a sales tax remittance, RCW 82.08.0206, that PolicyEngine
                              counts as a state refundable credit; the refundable column shows it)
                              and NH nh_income_tax (interest and dividends only: 0)
  state_income_tax_other_alone  <st>_income_tax of B, also when other = 0: with no income at all
                              PolicyEngine pays refundable credits in AZ CO DC HI ID MA ME MI MN NM
                              NY OK (and WA's Working Families Tax Credit): grocery, sales and
                              excise tax credits, home heating and property tax credits, child
                              credits with no earnings requirement; so it is not always 0
                              (taxes.md assumes "no earnings, no credits")
  state_payroll               employee_state_payroll_tax of C (the offer's pay alone); -1 in states
                              where PolicyEngine models no employee contribution

Variable map (st = state; "fed" = federal AGI, no state variable; P = person-level, summed):
  AGI: <st>_agi, except IA ia_net_income (P; as PolicyEngine's state_agis list), IL il_base_income,
       MO mo_adjusted_gross_income (P), PA pa_total_taxable_income (PA-40 line 9), UT
       ut_total_income, DC KY MS dc_agi/ky_agi/ms_agi (P); fed: CO MI MN NC ND NM SC.
  before credits: ..._before_credits in CA DC IA KS MA MD ME MN MO(P) NC ND NE NY OK OR UT WI;
       ..._before_non_refundable_credits in AL AZ CO GA HI ID IL LA MI NM OH RI SC VA VT WV;
       AR KY ar_/ky_income_tax_before_non_refundable_credits_unit;
       MS ms_income_tax_before_credits_unit;
       DE de_income_tax_before_non_refundable_credits_unit, or the sum of the spouses'
       de_income_tax_before_non_refundable_credits_indv where de_files_separately;
       MT mt_income_tax_before_non_refundable_credits_joint, or the spouses' ..._indiv where
       mt_files_separately (MT's after-non-refundable amount is chosen the same way);
       IN in_agi_tax; NJ nj_main_income_tax; PA pa_income_tax_before_forgiveness; CT
       ct_income_tax_after_amt.
  after non-refundable credits: <st>_income_tax_before_refundable_credits (NC nc_income_tax).

PolicyEngine's state payroll programs (employee_state_payroll_tax, by state): CA SDI (DI + PFL);
CO FAMLI; CT paid leave; DE paid leave; MA PFML; ME paid leave; MN paid leave; NJ TDI, FLI, UI and
workforce development fund; NY disability benefits (DBL) and paid family leave; OR Paid Leave
Oregon and statewide transit tax; PA unemployment compensation; RI TDI; VT child care
contribution; WA PFML and WA Cares (long-term care). It has no employee contribution for AK
unemployment or HI TDI (state_payroll -1 there), nor for any other state. Programs not yet in force
in a year (e.g. MN before 2026) give 0.00, not -1.

Known PolicyEngine errors are written as `# correction:` lines at the top of the fixture: the
three shared/spec/taxes.md lists (PA deferrals, NJ deferrals, CA SDI rate) and three payroll ones
this script's author found against data/state-tax/payroll.csv and notes/payroll.md (Section 125
premiums in PolicyEngine's paid-leave wage bases, RI TDI without deferrals, VT 2024). The numbers
themselves are PolicyEngine's, uncorrected. `# note:` lines say where a column holds more than its
name says.

PolicyEngine stores float variables as float32, so amounts carry errors of a few cents at six
figures.
"""

import csv
import importlib.metadata
import io
import os
import random
import sys
import time
from dataclasses import dataclass

import numpy as np

SEED = 20260505
OUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
    "state-households.csv",
)

YEARS = (2024, 2025, 2026)
FILINGS = ("single", "joint", "hoh")
PE_FILING = {"single": "SINGLE", "joint": "JOINT", "hoh": "HEAD_OF_HOUSEHOLD"}
KID_AGES = (7, 10, 13)

PLACES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split()
BIG = set("CA NY NJ PA IL MA MD VA GA NC OH MI".split())
N_RANDOM = {p: (42 if p in BIG else 20) for p in PLACES}

# No tax on wages (NH taxed only interest and dividends, until 2025; WA only capital gains).
NO_WAGE_TAX = set("AK FL NV NH SD TN TX WA WY".split())
# States whose return starts from federal AGI or federal taxable income, with no state AGI variable.
FEDERAL_AGI = set("CO MI MN NC ND NM SC".split())
PAYROLL_STATES = set("CA CO CT DE MA ME MN NJ NY OR PA RI VT WA".split())

LIMIT_402G = {2024: 23_000, 2025: 23_500, 2026: 24_500}

HEADER = (
    "id,state,year,filing,kids,other,wages,deferral,premium,employer_hsa,ot_qualified,"
    "federal_agi,state_agi,state_taxable_income,state_tax_before_credits,"
    "state_nonrefundable_credits,state_refundable_credits,state_income_tax,"
    "state_income_tax_other_alone,state_payroll"
)

# Known PolicyEngine errors: one `# correction:` line each in the fixture (numbers not corrected).
CORRECTIONS = (
    "PA taxes 401(k) elective deferrals (PA-40 instructions, line 1a; 72 P.S. 7301(d) and 61 Pa. "
    "Code 101.6(b)): PA compensation is box 1 wages + deferral; PolicyEngine starts from federal "
    "AGI and so subtracts them (pa_total_taxable_income): PA rows with deferral > 0 understate "
    "state_agi/state_taxable_income by the deferral and the tax by 3.07% of it (listed in "
    "shared/spec/taxes.md)",
    "NJ excludes 401(k) elective deferrals from wages (N.J.S.A. 54A:6-21; NJ-1040 instructions, "
    "line 15: W-2 box 16); PolicyEngine's nj_total_income starts from gross employment_income and "
    "taxes them: NJ rows with deferral > 0 overstate state_agi/state_taxable_income by the "
    "deferral "
    "(listed in shared/spec/taxes.md)",
    "CA SDI employee rate is 1.1% for 2024 and 1.2% for 2025 (1.3% for 2026) of all wages (EDD DE "
    "3395; UIC 984 as amended by SB 951); PolicyEngine's gov.states.ca.tax.payroll.disability."
    "employee_rate is 0.013 for every year, so CA state_payroll for 2024 and 2025 is 1.3% of "
    "wages (listed in shared/spec/taxes.md)",
    # Found by this script against data/state-tax/payroll.csv and notes/payroll.md:
    "CO FAMLI, MA PFML, ME PFML, MN paid leave, OR paid leave, WA PFML and WA Cares are taken "
    "on wages as for unemployment insurance and FICA, without Section 125 premiums "
    "(data/state-tax/notes/payroll.md; sources co-crs-8-13.3-507, ma-mgl-175m-6, me-26-850-f, "
    "mn-268b-14, or-ors-657b, wa-rcw-50a-10-030, wa-rcw-50b-04-080); PolicyEngine starts these "
    "wage bases (and those of NY DBL/PFL and PA UC, where the notes leave Section 125 in doubt) "
    "from gross employment_income, so state_payroll there includes the rate times the premium "
    "(and times employer_hsa, which this script passes as an HSA payroll contribution inside "
    "employment_income; CA SDI counts it too through ca_payroll_tax_gross_wages)",
    "RI TDI is taken on wages as for FICA, 401(k) deferrals included (data/state-tax/notes/"
    "payroll.md; sources ri-dlt-2024/2025/2026); PolicyEngine's "
    "ri_temporary_disability_insurance_taxable_wages is irs_employment_income (box 1), so RI "
    "state_payroll leaves out the rate times the deferral",
    "VT Child Care Contribution: the 0.11% employee share applies to wages paid from 1 July 2024 "
    "(32 V.S.A. 10553; payroll.csv gives 0.055% for 2024 for evenly paid wages); PolicyEngine "
    "reads its 2024-07-01 rate at 1 January and gives 0 for all of 2024",
)
NOTES = (
    "WA state_income_tax and state_income_tax_other_alone are minus the Working Families Tax "
    "Credit (RCW 82.08.0206; a sales tax remittance PolicyEngine counts as wa_refundable_credits); "
    "WA has no tax on wages",
    "ID state_income_tax includes the $10 permanent building fund tax (Form 40 line 43), which is "
    "in no other column",
    "state_taxable_income (and IN's state_agi) can be negative in DC IN MS NC: PolicyEngine does "
    "not floor them at 0 (the tax is 0)",
    "state_income_tax_other_alone is PolicyEngine's tax of the household with only `other` also "
    "when other = 0: several states pay refundable credits with no earnings (grocery, sales and "
    "excise tax credits, child credits), so it is not always 0",
)


@dataclass
class Household:
    state: str
    year: int
    filing: str
    kids: int
    other: int
    wages: int
    deferral: int
    premium: int
    hsa: int
    ot: int
    tag: str
    id: int = 0

    def normalize(self):
        self.wages = max(0, int(self.wages))
        self.other = max(0, int(self.other))
        self.premium = min(max(0, int(self.premium)), self.wages)
        self.deferral = min(max(0, int(self.deferral)), LIMIT_402G[self.year],
                            self.wages - self.premium)
        self.hsa = max(0, int(self.hsa)) if self.wages > 0 else 0
        self.ot = min(max(0, int(self.ot)), self.wages)
        return self


def random_wages(rng):
    u = rng.random()
    if u < 0.04:
        return 0
    if u < 0.60:
        return rng.randint(1, 100_000)
    if u < 0.80:
        return rng.randint(100_000, 160_000)
    if u < 0.93:
        return rng.randint(160_000, 260_000)
    return rng.randint(260_000, 500_000)


def random_households(rng, state, n, offset):
    out = []
    for i in range(n):
        year = YEARS[(i + offset) % 3]
        filing = rng.choice(FILINGS)
        kids = rng.randint(0, 3)
        wages = random_wages(rng)
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
        hsa = rng.randint(1, 3_000) if rng.random() < 0.25 else 0
        ot = round(wages * rng.uniform(0.01, 0.20)) if rng.random() < 0.3 else 0
        out.append(Household(state, year, filing, kids, other, wages, deferral, premium, hsa, ot,
                             "random").normalize())
    return out


def targeted_households(state, offset):
    """A few fixed cases per place, their years rotated by place."""
    y = lambda k: YEARS[(k + offset) % 3]  # noqa: E731
    cases = [
        Household(state, y(0), "single", 0, 0, 0, 0, 0, 0, 0, "zero"),
        Household(state, y(1), "joint", 2, 40_000, 0, 0, 0, 0, 0, "offer 0, spouse earns"),
        Household(state, y(2), "hoh", 2, 0, 18_000, 0, 0, 0, 0, "low income, state EITC"),
        Household(state, y(0), "single", 0, 0, 60_000, 6_000, 2_400, 1_500, 0,
                  "deferral, premium and employer HSA"),
        Household(state, y(1), "joint", 3, 60_000, 120_000, 8_000, 4_000, 2_000, 5_000,
                  "joint, three children, overtime"),
        Household(state, y(2), "joint", 1, 300_000, 500_000, LIMIT_402G[y(2)], 6_000, 3_000, 0,
                  "top brackets"),
    ]
    return [h.normalize() for h in cases]


def build_situation(year, households):
    people, tax_units, families, spm_units, marital_units, hh_units = {}, {}, {}, {}, {}, {}
    Y = year

    def unit(key, state, adults, spouse_pay, filing, kids):
        # Wages only: PolicyEngine gives every Alaskan the Permanent Fund Dividend by default.
        extra = {"ak_permanent_fund_dividend": {Y: 0}} if state == "AK" else {}
        members = []
        head = f"{key}_head"
        people[head] = dict(age={Y: 40}, is_blind={Y: False},
                            tax_unit_role_input={Y: "HEAD"}, **adults, **extra)
        members.append(head)
        marital = [head]
        if spouse_pay is not None:
            spouse = f"{key}_spouse"
            people[spouse] = {"age": {Y: 40}, "is_blind": {Y: False},
                              "tax_unit_role_input": {Y: "SPOUSE"},
                              "employment_income": {Y: spouse_pay}, **extra}
            members.append(spouse)
            marital.append(spouse)
        marital_units[f"{key}_mu"] = {"members": marital}
        for k in range(kids):
            child = f"{key}_kid{k}"
            people[child] = {"age": {Y: KID_AGES[k]}, "tax_unit_role_input": {Y: "DEPENDENT"},
                             **extra}
            members.append(child)
            marital_units[f"{key}_mu{k}"] = {"members": [child]}
        tax_units[f"{key}_tu"] = {"members": members, "filing_status": {Y: PE_FILING[filing]}}
        families[f"{key}_fam"] = {"members": members}
        spm_units[f"{key}_spm"] = {"members": members}
        hh_units[f"{key}_hh"] = {"members": members, "state_code": {Y: state}}
        if state == "NY":  # not in New York City (no effect on the state tax read; made explicit)
            hh_units[f"{key}_hh"]["in_nyc"] = {Y: False}

    for h in households:
        joint = h.filing == "joint"
        own_other = 0 if joint else h.other
        offer = {
            "traditional_401k_contributions_desired": {Y: h.deferral},
            "pre_tax_health_insurance_premiums": {Y: h.premium},
            "health_savings_account_payroll_contributions": {Y: h.hsa},
        }
        # A: the return with the offer.
        unit(f"h{h.id}A", h.state, {
            "employment_income": {Y: h.wages + h.hsa + own_other},
            "fsla_overtime_premium": {Y: h.ot}, **offer,
        }, h.other if joint else None, h.filing, h.kids)
        # B: the same household with only `other`.
        unit(f"h{h.id}B", h.state, {"employment_income": {Y: own_other}},
             h.other if joint else None, h.filing, h.kids)
        # C: the offer's pay alone, for its state payroll contributions.
        unit(f"h{h.id}C", h.state, {"employment_income": {Y: h.wages + h.hsa}, **offer},
             None, "single", 0)
    return {"people": people, "tax_units": tax_units, "families": families,
            "spm_units": spm_units, "marital_units": marital_units, "households": hh_units}


# Per state: the variables read for each column (None = -1). A tuple (flag, separate, joint) takes
# `separate` where the tax-unit flag is true (married filing separately on the same return).
def state_map(st):
    s = st.lower()
    if st in NO_WAGE_TAX:
        # WA and NH have state variables: WA's refundable credit is the Working Families Tax
        # Credit (a sales tax remittance, RCW 82.08.0206); NH's interest and dividends tax has none.
        own = st in ("WA", "NH")
        return dict(agi=None, ti=None, before=None, after=None,
                    ref=f"{s}_refundable_credits" if own else None,
                    tax=f"{s}_income_tax" if own else "state_income_tax")
    m = dict(agi=f"{s}_agi", ti=f"{s}_taxable_income", before=f"{s}_income_tax_before_credits",
             after=f"{s}_income_tax_before_refundable_credits", ref=f"{s}_refundable_credits",
             tax=f"{s}_income_tax", extra=None)
    if st in FEDERAL_AGI:
        m["agi"] = None
    before_non_ref = set("AL AZ CO GA HI ID IL LA MI NM OH RI SC VA VT WV".split())
    if st in before_non_ref:
        m["before"] = f"{s}_income_tax_before_non_refundable_credits"
    m.update({
        "AR": dict(before="ar_income_tax_before_non_refundable_credits_unit"),
        "KY": dict(before="ky_income_tax_before_non_refundable_credits_unit"),
        "MS": dict(before="ms_income_tax_before_credits_unit"),
        "DE": dict(before=("de_files_separately",
                           "de_income_tax_before_non_refundable_credits_indv",
                           "de_income_tax_before_non_refundable_credits_unit")),
        "MT": dict(before=("mt_files_separately",
                           "mt_income_tax_before_non_refundable_credits_indiv",
                           "mt_income_tax_before_non_refundable_credits_joint"),
                   after=("mt_files_separately", "mt_income_tax_before_refundable_credits_indiv",
                          "mt_income_tax_before_refundable_credits_joint")),
        "CT": dict(before="ct_income_tax_after_amt"),
        "IN": dict(ti="in_agi", before="in_agi_tax"),
        "NJ": dict(before="nj_main_income_tax"),
        "PA": dict(agi="pa_total_taxable_income", ti="pa_adjusted_taxable_income",
                   before="pa_income_tax_before_forgiveness", ref="pa_refundable_tax_credits"),
        "MA": dict(ti="ma_part_b_taxable_income"),
        "IA": dict(agi="ia_net_income"),
        "IL": dict(agi="il_base_income"),
        "MO": dict(agi="mo_adjusted_gross_income"),
        "UT": dict(agi="ut_total_income"),
        "NC": dict(after="nc_income_tax", ref=None),
        # Taxes <st>_income_tax adds after the non-refundable credits (0 for wages except ID's).
        "ID": dict(extra="id_pbf"),
        "CO": dict(extra="co_amt"),
        "VT": dict(extra="vt_child_care_contributions"),
    }.get(st, {}))
    return m


def run_year(Simulation, year, households):
    sim = Simulation(situation=build_situation(year, households))
    tbs = sim.tax_benefit_system
    cache = {}

    def tu_values(name):
        """A variable's values per tax unit (person-level ones summed over the tax unit)."""
        if name not in cache:
            var = tbs.variables[name]
            if var.entity.key == "tax_unit":
                cache[name] = np.asarray(sim.calculate(name, year)).astype(float)
            else:
                cache[name] = np.asarray(sim.calculate(name, year, map_to="tax_unit")).astype(float)
        return cache[name]

    def read(spec, i):
        if spec is None:
            return None
        if isinstance(spec, tuple):
            flag, sep, joint = spec
            return tu_values(sep)[i] if tu_values(flag)[i] else tu_values(joint)[i]
        return tu_values(spec)[i]

    filing = sim.calculate("filing_status", year).decode_to_str()
    tu_ids = list(sim.populations["tax_unit"].ids)
    tu_index = {k: i for i, k in enumerate(tu_ids)}
    agi = tu_values("adjusted_gross_income")
    state_tax = tu_values("state_income_tax")
    payroll = tu_values("employee_state_payroll_tax")
    irs_wages = np.asarray(sim.calculate("irs_employment_income", year)).astype(float)
    fica_wages = np.asarray(sim.calculate("payroll_tax_gross_wages", year)).astype(float)
    p_index = {k: i for i, k in enumerate(sim.populations["person"].ids)}

    rows = []
    for h in households:
        a, b, c = (tu_index[f"h{h.id}{g}_tu"] for g in "ABC")
        pc = p_index[f"h{h.id}C_head"]
        m = state_map(h.state)
        assert filing[a] == PE_FILING[h.filing], (h, filing[a])
        assert abs(agi[a] - (h.wages - h.deferral - h.premium + h.other)) < 0.05, (h, agi[a])
        assert abs(irs_wages[pc] - (h.wages - h.deferral - h.premium)) < 0.05, h
        assert abs(fica_wages[pc] - (h.wages - h.premium)) < 0.05, h

        tax, tax_b = read(m["tax"], a), read(m["tax"], b)
        # The state variable read is the whole of PolicyEngine's state income tax (no local tax).
        assert abs(tax - state_tax[a]) < 0.05 and abs(tax_b - state_tax[b]) < 0.05, (h, m["tax"])
        before, after, ref = read(m["before"], a), read(m["after"], a), read(m["ref"], a)
        extra = read(m.get("extra"), a) or 0.0
        nonref = None
        if before is not None:
            nonref = before - after
            assert nonref > -0.05, (h, before, after)
            assert abs(after + extra - (ref or 0.0) - tax) < 0.05, (h, before, after, ref, tax)
        elif h.state in NO_WAGE_TAX:
            assert abs(tax + (ref or 0.0)) < 0.05, (h, tax, ref)
        pay = payroll[c] if h.state in PAYROLL_STATES else None
        if h.state not in PAYROLL_STATES:
            assert payroll[c] == 0, (h, payroll[c])

        rows.append([
            h.id, h.state, year, h.filing, h.kids, h.other, h.wages, h.deferral, h.premium, h.hsa,
            h.ot, agi[a], read(m["agi"], a), read(m["ti"], a), before, nonref, ref, tax, tax_b,
            pay,
        ])
    return rows


def fmt(x):
    if x is None:
        return "-1"
    if isinstance(x, (int, str, np.integer)):
        return str(x)
    s = f"{float(x):.2f}"
    return "0.00" if s == "-0.00" else s


def main():
    start = time.time()
    version = importlib.metadata.version("policyengine-us")
    from policyengine_us import Simulation

    rng = random.Random(SEED)
    households = []
    for k, st in enumerate(PLACES):
        households += targeted_households(st, k)
    n_target = len(households)
    for k, st in enumerate(PLACES):
        households += random_households(rng, st, N_RANDOM[st], k)
    for i, h in enumerate(households, 1):
        h.id = i
    rows = []
    for year in YEARS:
        t = time.time()
        batch = [h for h in households if h.year == year]
        rows += run_year(Simulation, year, batch)
        print(f"{year}: {len(batch)} households in {time.time() - t:.0f} s", file=sys.stderr)
    rows.sort(key=lambda r: r[0])

    buf = io.StringIO()
    buf.write(f"# policyengine-us {version}, written by scripts/dev/state_fixture.py\n")
    buf.write(f"# seed {SEED}; ids 1-{n_target} targeted cases (6 per place), "
              f"{n_target + 1}-{len(households)} random households; the household lives and "
              f"works in `state`\n")
    buf.write("# amounts in dollars; -1 = PolicyEngine has no such amount for the state (see the "
              "script's docstring for the variable of each column); no local income taxes\n")
    buf.write("# PolicyEngine computes in float32, so expect a few cents of noise at six figures\n")
    for c in CORRECTIONS:
        buf.write(f"# correction: {c}\n")
    for c in NOTES:
        buf.write(f"# note: {c}\n")
    buf.write(HEADER + "\n")
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow([fmt(x) for x in r])
    text = buf.getvalue()
    assert '"' not in text
    ncol = HEADER.count(",") + 1
    assert all(line.count(",") + 1 == ncol for line in text.splitlines()
               if line and not line.startswith("#")), "a value holds a comma"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="") as f:
        f.write(text)
    print(f"wrote {len(rows)} households to {os.path.normpath(OUT)} "
          f"in {time.time() - start:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
