// Share links in the browser: golden links, each kind of bad value, the address bar, copying.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, start, open, hook, figure, expectFigure, LIVE_FIGURES } from './helpers.js';
import { SIX_FULL_OFFERS } from './measure.js';

let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

const golden = JSON.parse(readFileSync(join(ROOT, 'tests/golden/links.json'), 'utf8'));

/** The `v` of a query or canonical link (1 where there is none). */
const version = (query) => Number(new URLSearchParams(query).get('v') ?? 1);

/**
 * What a record says the link opens with now, by links.md's "Versions" (as tests/golden.rs):
 * version 1 links are written as version 2 with basis=before; the link that stood for a newer
 * version with v=2 is now version 2, ranked after tax, so its basis figures are not compared.
 */
function expectedNow(recorded) {
  const expected = structuredClone(recorded);
  // Market figures follow the BLS release the page ships: tests/golden.rs checks them against
  // the shipped tables, market.test.js in the browser.
  for (const offer of expected.offers) {
    delete offer.figures.percentile;
    delete offer.figures['local-percentile'];
  }
  if (version(recorded.canonical) !== 1) return expected;
  const pairs = recorded.canonical.split('&').slice(1);
  pairs.splice(pairs[0]?.startsWith('year=') ? 1 : 0, 0, 'basis=before');
  expected.canonical = ['v=2', ...pairs].join('&');
  if (version(recorded.query) > 1) {
    expected.warnings = expected.warnings.filter((w) => w !== 'v');
    for (const offer of expected.offers) {
      delete offer.figures.diff;
      delete offer.figures.breakeven;
    }
    delete expected.best;
    delete expected.canonical;
  }
  return expected;
}

/** The figures of an offer that depend on its state income tax. */
const AFTER_TAX = ['after-tax', 'after-tax-hourly', 'col-after-tax', 'marginal-rate', 'paycheck', 'state-tax', 'take-home', 'taxes'];

/**
 * A state's income tax counted after the record was written follows the page (as
 * tests/golden.rs): where a recorded offer paid none and the page now counts its place's, its
 * figures after tax, and a ranking after tax, are not held to the record.
 */
async function stateTaxesFollowThePage(page, expected) {
  let changed = false;
  for (const [i, offer] of expected.offers.entries()) {
    if (offer.figures['state-tax'] === 0 && (await figure(page, `state-tax-${i + 1}`)) !== 0) {
      for (const key of AFTER_TAX) delete offer.figures[key];
      changed = true;
    }
  }
  if (changed && !(expected.canonical ?? '').includes('basis=before')) {
    for (const offer of expected.offers) {
      delete offer.figures.diff;
      delete offer.figures.breakeven;
    }
    delete expected.best;
  }
}

test('golden links open with their recorded figures', async () => {
  for (const [name, recorded] of Object.entries(golden)) {
    const expected = expectedNow(recorded);
    const page = await open(session, expected.query);
    await stateTaxesFollowThePage(page, expected);
    assert.equal(await page.locator('[data-testid^="offer-card-"]').count(), expected.offers.length, name);
    for (const [i, offer] of expected.offers.entries()) {
      const n = i + 1;
      assert.equal(await hook(page, `input-name-${n}`).inputValue(), offer.label, name);
      for (const [metric, value] of Object.entries(offer.figures)) {
        const shown = await figure(page, `${metric}-${n}`);
        assert.ok(Math.abs(shown - value) <= 1e-9 * Math.max(1, Math.abs(value)), `${name}: ${metric}-${n} ${shown} vs ${value}`);
      }
    }
    if (expected.best !== undefined) {
      assert.equal(await page.locator(`[data-best="true"][data-testid="offer-card-${expected.best}"]`).count(), 1, name);
    }
    const notice = hook(page, 'link-warnings');
    if (expected.warnings.length === 0) {
      assert.equal(await notice.count(), 0, name);
    } else {
      const items = await notice.locator('li').allTextContents();
      assert.equal(items.length, expected.warnings.length, name);
      expected.warnings.forEach((key, i) => assert.ok(items[i].startsWith(key), `${name}: ${items[i]}`));
    }
    if (expected.canonical !== undefined) {
      await page.waitForFunction((c) => location.search === `?${c}`, expected.canonical).catch(() => {});
      assert.equal(await page.evaluate(() => location.search), `?${expected.canonical}`, name);
    }
    assert.deepEqual(page.problems, [], name);
    await page.context().close();
  }
});

test('each kind of bad value is set aside, named, and the page works', async () => {
  const cases = [
    ['?o1.wage=abc', 'o1.wage', 'input-wage-1', '24.16'],
    ['?o1.wage=NaN', 'o1.wage', 'input-wage-1', '24.16'],
    ['?o1.wage=Infinity', 'o1.wage', 'input-wage-1', '24.16'],
    ['?o1.wage=1e308', 'o1.wage', 'input-wage-1', '24.16'],
    ['?o1.wage=-1', 'o1.wage', 'input-wage-1', '24.16'],
    ['?o1.wage=100000', 'o1.wage', 'input-wage-1', '24.16'],
    ['?o1.hours=', 'o1.hours', 'input-hours-1', '40'],
    ['?o1.pay=monthly', 'o1.pay', 'input-pay-1', 'hourly'],
    ['?o1.state=XX', 'o1.state', 'input-state-1', ''],
    ['?o1.match=lots', 'o1.match', 'input-match-1', ''],
    ['?o1.match=100:3,50:2,1:1,1:1,1:1', 'o1.match', 'input-match-1', ''],
    ['?o1.whatever=1&o1.wage=30', 'o1.whatever', 'input-wage-1', '30'],
    ['?year=1999&o1.wage=30', 'year', 'input-year', '2026'],
  ];
  for (const [query, key, input, shown] of cases) {
    const page = await open(session, query);
    const items = await hook(page, 'link-warnings').locator('li').allTextContents();
    assert.equal(items.length, 1, query);
    assert.ok(items[0].startsWith(key), `${query}: ${items[0]}`);
    assert.equal(await hook(page, input).inputValue(), shown, query);
    // Still a working calculator.
    await hook(page, 'input-bonus-1').fill('700');
    await expectFigure(page, 'bonus-1', 700);
    // Dismissed, the notice goes.
    await hook(page, 'dismiss-warnings').click();
    assert.equal(await hook(page, 'link-warnings').count(), 0);
    assert.deepEqual(page.problems, [], query);
    await page.context().close();
  }
});

test('garbage links never give a blank page', async () => {
  const garbage = [
    '?%', '?%%%%', '?&&&=&=', '?o1.wage', '?o99999999999999999999.wage=3', '?o1.name=%F0%9F%92%A9%FF%FE',
    '?o1.name=' + 'x'.repeat(5000), '?' + 'o1.wage=1&'.repeat(600), '?v=999&o1.wage=1',
    '?o1.name=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '?o1.match=%00:%00', '?o1.k=-0&o1.weeks=52.0000000000000001',
  ];
  for (const query of garbage) {
    const page = await open(session, query);
    assert.ok((await figure(page, 'net-1')) >= 0, query);
    // The two scripts without a file are the page's own (the fetch of its wasm, the line that
    // shows the prerendered calculator): nothing injected.
    const inline = await page.locator('script:not([src])').allTextContents();
    assert.equal(inline.length, 2, 'no injected script');
    assert.match(inline[0], /^self\.wasmFetch=fetch\(/);
    assert.match(inline[1], /getElementById\("prerendered"\)/);
    assert.deepEqual(page.problems, [], query);
    await page.context().close();
  }
});

test('more than six offers keeps the first six and says so', async () => {
  const query = '?' + Array.from({ length: 9 }, (_, i) => `o${i + 1}.wage=${20 + i}`).join('&');
  const page = await open(session, query);
  assert.equal(await page.locator('[data-testid^="offer-editor-"]').count(), 6);
  const items = await hook(page, 'link-warnings').locator('li').allTextContents();
  assert.deepEqual(items.map((t) => t.split(' ')[0]), ['o7', 'o8', 'o9']);
  assert.match(items[0], /Only 6 offers/);
  await page.context().close();
});

test('a link with hundreds of unknown keys lists each in a box of its own, and a key with no name is named', async () => {
  const query = '?o1.wage=30&=5&' + Array.from({ length: 300 }, (_, i) => `junk${i}=1`).join('&');
  const page = await open(session, query, { viewport: { width: 360, height: 740 } });
  await expectFigure(page, 'base-1', 30 * 2080);
  const list = hook(page, 'link-warnings').locator('ul');
  assert.equal(await list.locator('li').count(), 301);
  assert.match(await list.locator('li').first().textContent(), /^\(a key with no name\) /);
  // The notice stays within a screen, not 300 lines long; the list scrolls, from the keyboard too.
  const height = await hook(page, 'link-warnings').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(height < 740, `the notice is ${height} px tall`);
  assert.ok(await list.evaluate((ul) => ul.scrollHeight > ul.clientHeight && ul.tabIndex === 0));
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a newer link is read as far as it can be', async () => {
  const page = await open(session, '?v=3&o1.wage=31&o1.shiny=yes');
  await expectFigure(page, 'base-1', 31 * 2080);
  const text = await hook(page, 'link-warnings').textContent();
  assert.match(text, /newer version/);
  assert.match(text, /o1\.shiny/);
  await page.context().close();
});

test('labels: cut to 40 characters, always text', async () => {
  const page = await open(session, '?o1.name=' + encodeURIComponent('<img src=x onerror=alert(1)> and a very long tail of text'));
  const label = await hook(page, 'input-name-1').inputValue();
  assert.equal(label, '<img src=x onerror=alert(1)> and a very'.slice(0, 40));
  assert.equal([...label].length <= 40, true);
  assert.equal(await page.locator('main img').count(), 0);
  assert.match(await hook(page, 'offer-card-1').textContent(), /<img src=x/);
  await page.context().close();
});

test('every change goes to the address bar, reload keeps it, Back leaves the page', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.goto(session.url);
  await page.waitForSelector(LIVE_FIGURES);
  const historyLength = await page.evaluate(() => history.length);
  await hook(page, 'input-wage-1').fill('33.25');
  await page.waitForFunction(() => location.search.includes('o1.wage=33.25'));
  await hook(page, 'input-name-2').fill('County Hospital');
  await page.waitForFunction(() => location.search.includes('o2.name=County%20Hospital'));
  await hook(page, 'input-year').selectOption('2024');
  await page.waitForFunction(() => location.search.startsWith('?v=2&year=2024&'));
  // Every edit is in the address bar at once: in the task after the one that shows it.
  await hook(page, 'input-bonus-1').fill('100');
  await page.waitForFunction(() => location.search.includes('o1.bonus=100'), null, { timeout: 500 });
  // Long fast typing (more writes than Chromium takes in a burst): the last one still lands.
  const wage = hook(page, 'input-wage-2');
  await wage.click();
  for (let i = 0; i < 40; i++) {
    await wage.press('Control+A');
    await page.keyboard.type(`1${i}.5`, { delay: 0 });
  }
  await page.waitForFunction(() => location.search.includes('o2.wage=139.5&'), null, { timeout: 3000 });
  // In-page links (the result strip's, the skip link) move the view, not the history: an entry
  // of theirs would keep an older query, which Back would bring to the address bar.
  await page.locator('[data-testid="summary-2"] a').click();
  await page.waitForFunction(() => location.hash === '#card-2-title');
  await page.locator('[data-testid="summary-1"] a').click();
  await page.locator('.skip-link').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#comparison-title');
  await hook(page, 'input-wage-1').fill('34');
  await page.waitForFunction(() => location.search.includes('o1.wage=34&'));
  assert.equal(await page.evaluate(() => history.length), historyLength, 'no history entries');
  assert.equal(await hook(page, 'share-url').inputValue(), page.url().split('#')[0]);

  await page.reload();
  await page.waitForSelector(LIVE_FIGURES);
  assert.equal(await hook(page, 'input-wage-1').inputValue(), '34');
  assert.equal(await hook(page, 'input-name-2').inputValue(), 'County Hospital');
  assert.equal(await hook(page, 'input-year').inputValue(), '2024');
  await expectFigure(page, 'base-1', 34 * 2080);

  await page.goBack();
  assert.equal(page.url(), 'about:blank');
  await context.close();
});

test('copy link copies the canonical link, which opens the same figures', async () => {
  const page = await open(session, '?o1.wage=28&o1.match=100:4&o2.pay=salary&o2.salary=58000&o2.state=WA', {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await hook(page, 'input-bonus-2').fill('1500');
  await expectFigure(page, 'bonus-2', 1500);
  await hook(page, 'copy-link').click();
  await page.waitForFunction(() => /copied/i.test(document.querySelector('[data-testid="copy-status"]').textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await hook(page, 'share-url').inputValue());
  assert.match(copied, /^http:\/\/127\.0\.0\.1:\d+\/static-host\/sub\/path\/\?v=2&basis=before&/);

  const figures = {};
  for (const id of ['net-1', 'net-2', 'col-net-2', 'match-1', 'bonus-2']) figures[id] = await figure(page, id);
  const other = await session.browser.newContext();
  const second = await other.newPage();
  await second.goto(copied);
  await second.waitForSelector(LIVE_FIGURES);
  for (const [id, value] of Object.entries(figures)) assert.equal(await figure(second, id), value, id);
  await other.close();
  await page.context().close();
});

test('without the Clipboard API the link is selected for copying by hand', async () => {
  const page = await open(session, '?o1.wage=28', {
    init: () => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
  });
  await hook(page, 'copy-link').click();
  await page.waitForFunction(() => /Ctrl\+C/.test(document.querySelector('[data-testid="copy-status"]').textContent));
  const selection = await page.evaluate(() => {
    const el = document.activeElement;
    return { id: el.dataset.testid, start: el.selectionStart, end: el.selectionEnd, length: el.value.length };
  });
  assert.equal(selection.id, 'share-url');
  assert.equal(selection.start, 0);
  assert.equal(selection.end, selection.length);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('the default link is short and six full offers stay under 2,000 characters', async () => {
  const page = await open(session);
  const short = await hook(page, 'share-url').inputValue();
  assert.ok(short.length < 300, `${short.length}: ${short}`);
  await page.context().close();

  const sixPage = await open(session, SIX_FULL_OFFERS);
  assert.equal(await hook(sixPage, 'link-warnings').count(), 0);
  const long = await hook(sixPage, 'share-url').inputValue();
  assert.ok(long.length < 2000, `${long.length} characters`);
  await sixPage.context().close();
});

test('an empty number in a link is named in the notice; an empty choice means none', async () => {
  const page = await open(session, '?o1.bonus=&o1.state=&o1.match=&o1.wage=30');
  const items = await hook(page, 'link-warnings').locator('li').allTextContents();
  assert.deepEqual(items.map((t) => t.split(' ')[0]), ['o1.bonus']);
  await expectFigure(page, 'bonus-1', 0);
  await page.context().close();
});
