// Export: the comparison downloads as CSV, made in the page, holding the figures shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, open, hook, figure } from './helpers.js';
import { SIX_FULL_OFFERS } from './measure.js';

let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

/** RFC 4180 rows: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  return rows;
}

test('the comparison downloads as CSV with the household, the year and every figure shown', async () => {
  const page = await open(session, '?v=2&year=2025&filing=joint&kids=1&o1.name=Clinic%2C%20North&o1.wage=27&o2.pay=salary&o2.salary=56000&o2.health=6000');
  const [download] = await Promise.all([page.waitForEvent('download'), hook(page, 'download-csv').click()]);
  assert.equal(download.suggestedFilename(), 'offer-comparison.csv');
  assert.match(download.url(), /^blob:/, 'made in the page, not fetched');
  const rows = parseCsv(await readFile(await download.path(), 'utf8'));
  const byName = new Map(rows.map((r) => [r[0], r.slice(1)]));
  assert.deepEqual(byName.get('Tax year'), ['2025']);
  assert.deepEqual(byName.get('Filing status'), ['joint']);
  assert.deepEqual(byName.get('Children under 17'), ['1']);
  assert.deepEqual(byName.get('Figure'), ['Clinic, North', 'Offer 2']);
  for (const metric of ['cash', 'net', 'fed-tax', 'fica', 'taxes', 'take-home', 'paycheck', 'after-tax', 'diff']) {
    for (const n of [1, 2]) {
      assert.equal(Number(byName.get(metric)[n - 1]), await figure(page, `${metric}-${n}`), `${metric}-${n}`);
    }
  }
  const best = await page.locator('[data-testid^="offer-card-"][data-best="true"]').getAttribute('data-testid');
  assert.equal(byName.get('Best')[Number(best.at(-1)) - 1], 'yes');
  assert.match(await hook(page, 'copy-status').textContent(), /saved as offer-comparison\.csv/);
  assert.deepEqual(page.problems, []);
});

test('the chart: each bar adds up to the offer’s figures, on one scale, with words for screen readers', async () => {
  const page = await open(session, '?v=2&o1.wage=30&o1.commute=2000&o2.wage=28&o2.health=6000&o2.match=100:4&o2.premium=1200');
  const parts = ['take-home', 'your-401k', 'employer-retirement', 'benefits', 'federal-tax', 'fica', 'state', 'premiums', 'commute'];
  const kept = parts.slice(0, 4);
  const widths = [];
  for (const n of [1, 2]) {
    let keptSum = 0, all = 0, width = 0;
    for (const part of parts) {
      const segment = hook(page, `chart-${n}-${part}`);
      const value = Number(await segment.getAttribute('data-value'));
      assert.ok(value >= 0, `${part}-${n}`);
      if (kept.includes(part)) keptSum += value;
      all += value;
      width += Number(await segment.getAttribute('width'));
    }
    assert.ok(Math.abs(keptSum - (await figure(page, `after-tax-${n}`))) < 1e-6, `kept ${n}`);
    const outgoing = (await figure(page, `taxes-${n}`)) + [0, 0][n - 1] + (n === 1 ? 2000 : 1200);
    assert.ok(Math.abs(all - keptSum - outgoing) < 1e-6, `out ${n}`);
    widths.push([width, all]);
    const label = await hook(page, `chart-${n}`).locator('svg').getAttribute('aria-label');
    assert.match(label, /you keep \$[\d,]+; \$[\d,]+ goes out\. Take-home pay/);
  }
  // One scale: the larger offer fills the width, the other its share of it.
  const [[w1, a1], [w2, a2]] = widths;
  assert.ok(Math.abs(w1 / w2 - a1 / a2) < 1e-3);
  assert.ok(Math.abs(Math.max(w1, w2) - 100000) <= 9, 'the widest bar fills the drawing, to a unit a part');
  // The key matches the bars in every colour mode: forced colours (Windows high contrast) drop
  // CSS backgrounds, the swatches', unless they keep their own.
  for (const forcedColors of ['none', 'active']) {
    await page.emulateMedia({ forcedColors });
    const [swatches, fills] = await page.evaluate(() => [
      [...document.querySelectorAll('.chart .legend-item')].map((li) => getComputedStyle(li.querySelector('.swatch')).backgroundColor),
      [...document.querySelectorAll('.chart .legend-item')].map((li) => getComputedStyle(document.querySelector(`[data-testid="chart-1"] rect.${li.classList[1]}`)).fill),
    ]);
    assert.deepEqual(swatches, fills, forcedColors);
    assert.equal(new Set(swatches).size, swatches.length, `${forcedColors}: each part its own colour`);
  }
  assert.deepEqual(page.problems, []);
});

test('the chart says where a commute costs more than the pay brings home', async () => {
  const page = await open(session, '?v=2&o1.wage=10&o1.commute=30000');
  const below = 30000 - (await figure(page, 'take-home-1'));
  assert.ok(below > 0);
  assert.equal(Number(await hook(page, 'chart-1-take-home').getAttribute('data-value')), 0);
  const shown = `take-home pay after commute is $${Math.round(below).toLocaleString('en-US')} below zero`;
  assert.ok((await hook(page, 'chart-1').locator('figcaption').textContent()).includes(shown));
  assert.ok((await hook(page, 'chart-1').locator('svg').getAttribute('aria-label')).includes(shown));
  assert.deepEqual(page.problems, []);
});

test('printing gives the comparison and the chart, with the household in words, on A4 and Letter', async () => {
  const page = await open(session, '?v=2&filing=joint&kids=1&o1.wage=30&o2.wage=28&o2.health=6000');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['input-wage-1', 'input-filing', 'summary-1', 'copy-link']) {
    assert.equal(await hook(page, hidden).isVisible(), false, `${hidden} is not printed`);
  }
  for (const shown of ['offer-card-1', 'offer-card-2', 'chart-1', 'chart-2', 'verdict']) {
    assert.ok(await hook(page, shown).isVisible(), `${shown} is printed`);
  }
  assert.match(await page.locator('.comparison .print-only').textContent(), /Tax year 2026; married filing jointly; 1 child under 17/);
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format });
    assert.ok(pdf.length > 10_000, `${format}: ${pdf.length} bytes`);
  }
  // The cards fit the printed width: nothing runs off the page.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `${overflow}px too wide`);
  assert.deepEqual(page.problems, []);
});

test('six offers print whole: every row, every column, no figure broken across lines', async () => {
  // The width of an A4 page's printable area, where the print styles lay the page out.
  const page = await open(session, SIX_FULL_OFFERS, { viewport: { width: 718, height: 1000 } });
  await page.emulateMedia({ media: 'print' });
  const seen = await page.evaluate(() => {
    const problems = [];
    // A section laid out with content-visibility is one block a page cuts off: its last rows
    // were lost on paper.
    for (const section of document.querySelectorAll('.comparison, .paychecks')) {
      const cv = getComputedStyle(section).contentVisibility;
      if (cv !== 'visible') problems.push(`${section.className}: content-visibility ${cv}`);
    }
    for (const dd of document.querySelectorAll('.card .row dd')) {
      const card = dd.closest('.card').getBoundingClientRect();
      const box = dd.getBoundingClientRect();
      if (box.right > card.right + 0.5) problems.push(`${dd.dataset.testid ?? dd.textContent}: ${box.right} past the card's edge ${card.right}`);
      // The figure (the text up to its first space) stays on one line.
      const text = dd.firstChild;
      if (text?.nodeType === Node.TEXT_NODE && /^[-+−]?\$?\d/.test(text.data)) {
        const range = document.createRange();
        const end = text.data.indexOf(' ');
        range.setStart(text, 0);
        range.setEnd(text, end < 0 ? text.data.length : end);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`${dd.dataset.testid}: "${range}" on ${lines.size} lines`);
      }
    }
    const table = document.querySelector('.paychecks table');
    const region = table.parentElement.getBoundingClientRect();
    if (table.getBoundingClientRect().right > region.right + 0.5) problems.push(`paycheck table ${table.getBoundingClientRect().width} px wide in ${region.width}`);
    return problems;
  });
  assert.deepEqual(seen, []);
  assert.ok(await hook(page, 'col-after-tax-6').isVisible());
  assert.deepEqual(page.problems, []);
});
