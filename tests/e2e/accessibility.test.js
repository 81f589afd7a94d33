// An axe-core audit against WCAG 2.2 AA, in the states a person meets: the default page in light
// and dark, a six-offer link, a phone, a link notice and a field showing an error; and Chromium's
// own accessibility tree, as a screen reader gets it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, CHROMIUM_ARGS, PAGE_COMPLETE, start, open, hook } from './helpers.js';
import { SIX_FULL_OFFERS } from './measure.js';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

async function audit(page) {
  // Open every "More details" group, the career paths and the places, so what they hide is
  // audited too; and show a metro search with its matches.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="places-table"] tbody tr').length === 51);
  await hook(page, 'input-metro-1').pressSequentially('san');
  await page.waitForSelector('#o1-metro-list li');
  // Back at the top, where the sticky strip covers no field (typing scrolled it over some).
  await page.evaluate(() => window.scrollTo(0, 0));
  // Run in the page through the test driver: the page's own policy refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + (n.failureSummary ?? '')).join('\n  ')}`);
}

const CASES = [
  ['the default page, light', '', {}],
  ['the default page, dark', '', { colorScheme: 'dark' }],
  ['six full offers', SIX_FULL_OFFERS, {}],
  ['six full offers on a phone, dark', SIX_FULL_OFFERS, { viewport: { width: 360, height: 740 }, colorScheme: 'dark' }],
  ['a link with set-aside keys', '?o1.wage=abc&o2.state=ZZ&utm_source=x', {}],
  ['a household ranked before tax, with a refund', '?v=2&basis=before&filing=hoh&kids=3&home=CA&o1.wage=15&o2.wage=16&o2.state=TX', { colorScheme: 'dark' }],
];

for (const [name, query, options] of CASES) {
  test(`no WCAG 2.2 AA violations: ${name}`, async () => {
    const page = await open(session, query, options);
    const violations = await audit(page);
    assert.deepEqual(violations, []);
    await page.context().close();
  });
}

test('no WCAG 2.2 AA violations: fields showing errors', async () => {
  const page = await open(session);
  await hook(page, 'input-wage-1').fill('abc');
  await hook(page, 'input-match-2').fill('100');
  await hook(page, 'input-kids').fill('2.5');
  await hook(page, 'input-other').fill('lots');
  const violations = await audit(page);
  assert.deepEqual(violations, []);
  await page.context().close();
});

test('what a screen reader gets: every section before it is scrolled to, and fields named with their unit', async () => {
  // Chromium's full accessibility mode, which a running screen reader turns on (without it, the
  // DevTools protocol leaves out what content-visibility has not laid out yet).
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--force-renderer-accessibility'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.url);
    await page.waitForSelector(PAGE_COMPLETE);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree', {});
    const named = (role) => nodes.filter((n) => n.role?.value === role && !n.ignored).map((n) => n.name?.value);
    const headings = named('heading');
    for (const far of ['Comparison', 'How it is calculated', 'Where is an offer worth most?']) {
      assert.ok(headings.includes(far), `${far} not in ${headings.join(' | ')}`);
    }
    assert.ok(named('textbox').includes('Link to this comparison'));
    // "Scheduled hours hours/week", not "Scheduled hourshours/week".
    const fields = named('textbox');
    assert.ok(fields.includes('Scheduled hours hours/week'), fields.join(' | '));
    assert.ok(fields.includes('Other household income $/year'), fields.join(' | '));
  } finally {
    await browser.close();
  }
});
