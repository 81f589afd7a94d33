// The answer in view: wherever the focus is, in any offer or in the household, every offer's
// value on the ranking basis, the best mark and each gap are within the viewport.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, hook } from './helpers.js';
import { SIX_FULL_OFFERS } from './measure.js';

let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 390, height: 844 },
  // The smallest phone: six offers' strip must stay within the room kept above a focused field.
  { width: 320, height: 568 },
];

/** Whether an element's box lies wholly within the viewport. */
const inView = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  // A pixel of slack for subpixel layout.
  return r.width > 0 && r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
});

for (const viewport of VIEWPORTS) {
  for (const [name, query, offers] of [['the example', '', 2], ['six full offers', SIX_FULL_OFFERS, 6]]) {
    test(`${viewport.width}x${viewport.height}, ${name}: every offer's value and the best in view from every field`, async () => {
      const page = await open(session, query, { viewport });
      const fields = ['input-filing', 'input-home'];
      for (let n = 1; n <= offers; n++) fields.push(`input-name-${n}`, `input-hsa-${n}`);
      for (const field of fields) {
        await hook(page, field).focus();
        await page.waitForTimeout(50);
        assert.ok(await inView(hook(page, field)), `${field} itself is in view`);
        const [top, stripBottom] = await hook(page, field).evaluate((el) => [
          el.getBoundingClientRect().top, document.querySelector('.scoreboard').getBoundingClientRect().bottom,
        ]);
        assert.ok(top >= stripBottom - 1, `${field} is not under the result strip (${top} < ${stripBottom})`);
        for (let n = 1; n <= offers; n++) {
          assert.ok(await inView(hook(page, `summary-${n}`)), `summary-${n} with focus in ${field}`);
        }
        const best = page.locator('[data-testid^="summary-"][data-best="true"]');
        assert.equal(await best.count(), 1);
        assert.ok(await inView(best), `the best with focus in ${field}`);
      }
      // The summaries hold the values of the ranking basis, and follow typing.
      for (let n = 1; n <= offers; n++) {
        const summary = Number(await hook(page, `summary-${n}`).getAttribute('data-value'));
        const value = Number(await hook(page, `after-tax-${n}`).getAttribute('data-value'));
        assert.equal(summary, value);
      }
      assert.deepEqual(page.problems, []);
      await page.context().close();
    });
  }
}

test('every card\'s rows line up with the row names, for one to six offers', async () => {
  for (const query of ['?v=2&o1.wage=20', SIX_FULL_OFFERS]) {
    const page = await open(session, query, { viewport: { width: 1920, height: 1080 } });
    const misaligned = await page.evaluate(() => {
      const names = [...document.querySelectorAll('.row-names > div')].map((e) => Math.round(e.getBoundingClientRect().top));
      // Each row below the one before: the grid has a row for every figure.
      const overlapping = names.slice(1).flatMap((top, k) => (top > names[k] ? [] : [`row ${k + 1} overlaps`]));
      return overlapping.concat( [...document.querySelectorAll('.card')].flatMap((card, i) => {
        const rows = [card.querySelector('.card-head'), ...card.querySelectorAll('.section-name, .row')];
        // Within the card's border (1 or 2 px).
        return rows.map((r, k) => Math.abs(r.getBoundingClientRect().top - names[k]) <= 3 ? null : `card ${i + 1} row ${k}`).filter(Boolean);
      }));
    });
    assert.deepEqual(misaligned, [], query);
    assert.equal(await page.locator('.card').count(), query === SIX_FULL_OFFERS ? 6 : 1);
    await page.context().close();
  }
});
