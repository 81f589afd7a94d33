// The calculator page, driven as a person would: typing, choosing, adding and removing offers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, hook, figure, expectFigure, openMore } from './helpers.js';

let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

test('the default page teaches: the lower wage with better benefits wins, after tax too', async () => {
  const page = await open(session);
  assert.equal(await figure(page, 'net-1'), 55120);
  assert.equal(await figure(page, 'net-2'), 59376.8);
  // After tax (single, 2026, no state): 55,120 less 8,179.48 of taxes against 59,376.80 less 7,046.80.
  await expectFigure(page, 'taxes-1', 8179.48);
  await expectFigure(page, 'after-tax-1', 46940.52);
  await expectFigure(page, 'after-tax-2', 52330);
  const best = page.locator('[data-testid^="offer-card-"][data-best="true"]');
  assert.equal(await best.count(), 1);
  assert.equal(await best.locator('[data-testid="after-tax-2"]').count(), 1);
  assert.match(await hook(page, 'verdict').textContent(), /Best: Hospital, with a value to you after tax of \$52,330/);
  assert.match(await hook(page, 'example-note').textContent(), /Billing company pays \$2\.50 an hour more, yet Hospital leaves you \$5,389 more a year after tax \(\$4,257 before tax\)/);
  assert.match(await hook(page, 'lacks-1').textContent(), /Benefits: \$5,300 less.*Taxes: \$1,133 more/);
  assert.equal(await hook(page, 'input-basis-after').isChecked(), true);
  // The wage that makes the first offer equal after tax: at that wage, rounded up to the cent,
  // it becomes the best.
  const breakeven = await figure(page, 'breakeven-1');
  assert.match(await hook(page, 'breakeven-1').textContent(), /\$29\.73\/h/);
  await hook(page, 'input-wage-1').fill((Math.ceil(breakeven * 100) / 100).toFixed(2));
  await page.waitForSelector('[data-testid="offer-card-1"][data-best="true"]');
  assert.ok(Math.abs((await figure(page, 'after-tax-1')) - (await figure(page, 'after-tax-2'))) < 2080 * 0.01);
  assert.equal(await page.title(), 'Job offer comparison: total compensation calculator');
  assert.ok((await page.locator('meta[name="description"]').getAttribute('content')).length > 50);
  assert.equal(await page.locator('link[rel="icon"]').count(), 1);
  assert.equal(await page.locator('#loading').count(), 0, 'the loading message is gone');
  assert.deepEqual(page.problems, []);
});

test('results update on every keystroke', async () => {
  const page = await open(session);
  const wage = hook(page, 'input-wage-1');
  await wage.click();
  await wage.press('Control+A');
  await wage.press('Backspace');
  const expected = { '3': 3, '30': 30, '30.': 30, '30.5': 30.5 };
  let typed = '';
  for (const key of '30.5') {
    typed += key;
    await page.keyboard.type(key);
    await expectFigure(page, 'base-1', expected[typed] * 2080);
  }
  await expectFigure(page, 'net-1', 30.5 * 2080);
  // Now it is the best after tax, and the example's note is gone.
  assert.equal(await page.locator('[data-best="true"] [data-testid="net-1"]').count(), 1);
  assert.equal(await hook(page, 'example-note').count(), 0);
  await expectFigure(page, 'diff-2', (await figure(page, 'after-tax-2')) - (await figure(page, 'after-tax-1')));
  assert.deepEqual(page.problems, []);
});

test('a salary typed as people write it, "$52,000", is read as 52,000, and the figures wait for it', async () => {
  const page = await open(session);
  await hook(page, 'input-pay-1').selectOption('salary');
  const salary = hook(page, 'input-salary-1');
  await salary.click();
  await salary.press('Control+A');
  await salary.press('Backspace');
  // Half-typed ("$52,0"), the field refuses it and the strip holds the figures, which would
  // otherwise be those of the last accepted value, $52.
  for (const key of '$52,0') await page.keyboard.type(key);
  assert.equal(await salary.getAttribute('aria-invalid'), 'true');
  await hook(page, 'on-hold').waitFor();
  assert.match(await hook(page, 'on-hold').textContent(), /wait for a field marked in red/);
  assert.equal(await hook(page, 'summary-1').isVisible(), false);
  assert.equal(await page.locator('.comparison').evaluate((el) => getComputedStyle(el).filter), 'grayscale(1)');
  // Neither the link nor the CSV is given out meanwhile, even from the keyboard.
  await hook(page, 'copy-link').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /fix it first, so the link/.test(document.querySelector('[data-testid="copy-status"]').textContent));
  await hook(page, 'download-csv').click();
  await page.waitForFunction(() => /fix it first, so the download/.test(document.querySelector('[data-testid="copy-status"]').textContent));
  await salary.focus();
  for (const key of '00') await page.keyboard.type(key);
  await expectFigure(page, 'base-1', 52000);
  await hook(page, 'on-hold').waitFor({ state: 'hidden' });
  assert.ok(await hook(page, 'summary-1').isVisible());
  assert.equal(await salary.inputValue(), '$52,000');
  assert.equal(await salary.getAttribute('aria-invalid'), 'false');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('o1.salary') === '52000');
  assert.deepEqual(page.problems, []);
});

test('bad input shows a message next to the field and never breaks the page', async () => {
  const page = await open(session);
  const cases = [
    ['input-wage-1', '', /Enter a number/],
    ['input-wage-1', 'abc', /like 1250\.50 or 52,000/],
    ['input-wage-1', '-5', /from 0 to 1,000/],
    ['input-wage-1', '99999999999999999999', /from 0 to 1,000/],
    ['input-wage-1', '1e3', /like 1250\.50 or 52,000/],
    ['input-wage-1', '18,5', /like 1250\.50 or 52,000/],
    ['input-wage-1', '0,500', /like 1250\.50 or 52,000/],
    ['input-wage-1', '$5,000', /from 0 to 1,000/],
    ['input-hours-1', '0', /more than 0 and at most 80/],
    ['input-bonus-1', 'lots', /like 1250\.50 or 52,000/],
    ['input-bonus-1', '52k', /like 1250\.50 or 52,000/],
    ['input-k-1', '101', /from 0 to 100/],
    ['input-match-2', '100', /rate:width/],
    ['input-match-2', '100:3,50:2,1:1,1:1,1:1', /at most 4 tiers/],
    ['input-name-1', '   ', /1 to 40 characters/],
  ];
  for (const [id, text, message] of cases) {
    const input = hook(page, id);
    const before = await input.inputValue();
    await input.fill(text);
    const errorId = await input.getAttribute('aria-describedby');
    const error = page.locator(`#${errorId.split(' ').pop()}`);
    assert.match(await error.textContent(), message, `${id} ${JSON.stringify(text)}`);
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.ok(await error.isVisible());
    // The model keeps the field's last accepted value, so the figures are held: dimmed, and
    // the strip says why.
    const held = hook(page, 'on-hold');
    await held.waitFor();
    assert.equal(await figure(page, 'net-1'), 55120, `${id} ${JSON.stringify(text)}`);
    assert.equal(await figure(page, 'net-2'), 59376.8);
    await input.fill(before);
    await held.waitFor({ state: 'hidden' });
  }
  // The rest keeps working, and fixing the field clears its message.
  await hook(page, 'input-profit-1').fill('1000');
  await expectFigure(page, 'profit-1', 1000);
  await hook(page, 'input-wage-1').fill('27');
  await expectFigure(page, 'base-1', 27 * 2080);
  assert.equal(await hook(page, 'input-wage-1').getAttribute('aria-invalid'), 'false');
  assert.deepEqual(page.problems, []);
});

test('offers are added, duplicated, renamed and removed, one to six', async () => {
  const page = await open(session);
  await hook(page, 'add-offer').click();
  await hook(page, 'input-name-3').fill('Clinic');
  await hook(page, 'input-wage-3').fill('25');
  assert.match(await hook(page, 'offer-card-3').textContent(), /Clinic/);
  await hook(page, 'duplicate-offer-3').click();
  assert.equal(await hook(page, 'input-name-4').inputValue(), 'Clinic (copy)');
  assert.equal(await hook(page, 'input-wage-4').inputValue(), '25');
  // A copy of the best is its equal, and the verdict says so.
  await hook(page, 'duplicate-offer-2').click();
  await page.waitForFunction(() => /Best: Hospital, .* Hospital \(copy\) is worth exactly as much\.$/.test(document.querySelector('[data-testid="verdict"]').textContent));
  await hook(page, 'remove-offer-3').click();
  await hook(page, 'add-offer').click();
  await hook(page, 'add-offer').click();
  assert.equal(await page.locator('[data-testid^="offer-editor-"]').count(), 6);
  assert.ok(await hook(page, 'add-offer').isDisabled());
  assert.ok(await hook(page, 'duplicate-offer-1').isDisabled());
  // Removing the first renumbers the rest and keeps what was typed in them.
  await hook(page, 'remove-offer-1').click();
  assert.equal(await hook(page, 'input-name-1').inputValue(), 'Hospital');
  assert.equal(await hook(page, 'input-name-2').inputValue(), 'Clinic');
  for (let i = 0; i < 10 && (await hook(page, 'remove-offer-1').isEnabled()); i++) {
    await hook(page, 'remove-offer-1').click();
  }
  assert.equal(await page.locator('[data-testid^="offer-editor-"]').count(), 1);
  assert.ok(await hook(page, 'remove-offer-1').isDisabled());
  assert.match(await hook(page, 'verdict').textContent(), /Add another offer/);
  assert.deepEqual(page.problems, []);
});

test('salary pay shows the salary field, carries the pay over and leaves overtime unpaid', async () => {
  const page = await open(session, '?o1.wage=25&o1.ot=5');
  await expectFigure(page, 'overtime-1', 5 * 1.5 * 25 * 52);
  await hook(page, 'input-pay-1').selectOption('salary');
  assert.equal(await hook(page, 'input-wage-1').count(), 0);
  assert.equal(await hook(page, 'input-salary-1').inputValue(), '52000');
  await expectFigure(page, 'overtime-1', 0);
  await hook(page, 'input-salary-1').fill('61000');
  await expectFigure(page, 'cash-1', 61000);
  assert.match(await page.evaluate(() => location.search), /o1\.pay=salary&o1\.salary=61000/);
  assert.deepEqual(page.problems, []);
});

test('match presets, tiers and the formula field are one value', async () => {
  const page = await open(session, '?o1.pay=salary&o1.salary=50000');
  const preset = hook(page, 'input-match-preset-1');
  await preset.selectOption({ label: 'Safe harbor: 100% of 3%, 50% of the next 2%' });
  await expectFigure(page, 'match-1', 2000);
  await expectFigure(page, 'full-match-pct-1', 5);
  assert.equal(await hook(page, 'input-match-1').inputValue(), '100:3,50:2');
  // Your own contribution below the full match earns less: 4% earns 3.5%.
  await hook(page, 'input-k-1').fill('4');
  await expectFigure(page, 'match-1', 1750);
  await hook(page, 'input-k-1').fill('');
  await expectFigure(page, 'match-1', 2000);
  // Edit a tier, add one, remove one.
  await hook(page, 'input-tier-width-1-2').fill('3');
  await expectFigure(page, 'match-1', 1500 + 750);
  // Letters are not a rate out of range.
  const tierError = page.locator('#o1-tier1-rate-error');
  await hook(page, 'input-tier-rate-1-1').fill('half');
  assert.equal(await tierError.textContent(), 'Tier 1: enter a percent as a number, like 50 or 6.');
  await hook(page, 'input-tier-rate-1-1').fill('250%');
  assert.match(await tierError.textContent(), /^Tier 1: the match rate must be .* 200 percent\.$/);
  await hook(page, 'input-tier-rate-1-1').fill('100');
  await expectFigure(page, 'match-1', 1500 + 750);
  await page.getByRole('button', { name: 'Add a tier' }).click();
  assert.equal(await hook(page, 'input-match-1').inputValue(), '100:3,50:3,50:2');
  // Focus goes to the new tier, from the keyboard too, also when the fourth fills the editor.
  await page.waitForFunction(() => document.activeElement.id === 'o1-tier3-rate');
  await page.locator('#o1-add-tier').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.id === 'o1-tier4-rate');
  assert.ok(await page.locator('#o1-add-tier').isDisabled());
  await page.getByRole('button', { name: 'Remove tier 4' }).click();
  await page.getByRole('button', { name: 'Remove tier 1' }).click();
  assert.equal(await hook(page, 'input-match-1').inputValue(), '50:3,50:2');
  // Typed as text.
  await hook(page, 'input-match-1').fill('100:6');
  await expectFigure(page, 'match-1', 3000);
  assert.equal(await hook(page, 'input-tier-rate-1-1').inputValue(), '100');
  assert.equal(await preset.inputValue(), '4');
  await hook(page, 'input-nec-1').fill('3');
  await expectFigure(page, 'retirement-1', 4500);
  assert.deepEqual(page.problems, []);
});

test('a state gives its local wage percentile and the cost-of-living net', async () => {
  const page = await open(session, '?o1.wage=25');
  assert.equal(await hook(page, 'col-net-1').count(), 0);
  await hook(page, 'input-state-1').selectOption('CA');
  await expectFigure(page, 'col-net-1', (25 * 2080 * 100) / 113);
  await page.waitForSelector('[data-testid="local-percentile-1"]');
  assert.match(await hook(page, 'local-percentile-1').textContent(), /percentile in California$/);
  await openMore(page, 1);
  await hook(page, 'input-pto-1').fill('15');
  await expectFigure(page, 'hours-worked-1', 2080 - 15 * 8);
  await hook(page, 'input-state-1').selectOption('');
  await page.waitForFunction(() => !document.querySelector('[data-testid="col-net-1"]'));
  assert.deepEqual(page.problems, []);
});

test('on a 360 px phone the page never scrolls sideways', async () => {
  for (const query of ['', '?o1.name=A%20rather%20long%20employer%20name%20here&o2.wage=1&o3.wage=2&o4.wage=3&o5.wage=4&o6.wage=5&o6.state=NJ']) {
    const page = await open(session, query, { viewport: { width: 360, height: 740 } });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `page is ${width} px wide for ${query || 'the default page'}`);
    // The comparison cards stack and show their row names.
    const dt = page.locator('[data-testid="offer-card-1"] dt').first();
    assert.ok(await dt.isVisible());
    assert.deepEqual(page.problems, []);
  }
});

test('on a 320 px phone, a name without spaces and the tax parameters stay within the page', async () => {
  const page = await open(session, `?o1.name=${'W'.repeat(40)}`, { viewport: { width: 320, height: 640 } });
  const seen = await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    // Every section in view once, so content-visibility lays each out.
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await frame();
    }
    const table = document.querySelector('[data-testid="tax-parameters"]:not([hidden])');
    table.scrollIntoView();
    await frame();
    return {
      page: document.documentElement.scrollWidth,
      table: table.getBoundingClientRect().right,
      // The section clips what passes its edge (content-visibility), so the page cannot show it.
      section: table.closest('section').getBoundingClientRect().right,
    };
  });
  assert.ok(seen.page <= 320, `page is ${seen.page} px wide`);
  assert.ok(seen.table <= seen.section + 0.5, `the parameters end at ${seen.table} px, their section at ${seen.section}`);
  assert.deepEqual(page.problems, []);
});

test('keyboard only: every control is reachable, focus is visible, typing works', async () => {
  const page = await open(session);
  const seen = new Set();
  let outline = null;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { id: el.dataset.testid ?? el.id, outline: style.outlineStyle + ' ' + style.outlineWidth };
    });
    seen.add(info.id);
    if (info.id === 'input-wage-1') {
      outline = info.outline;
      await page.keyboard.press('Control+A');
      await page.keyboard.type('31');
    }
  }
  assert.ok(seen.has('input-name-1') && seen.has('input-pay-1') && seen.has('input-wage-1'), [...seen].join());
  assert.ok(outline && !outline.startsWith('none'), `focus outline: ${outline}`);
  await expectFigure(page, 'base-1', 31 * 2080);
  assert.deepEqual(page.problems, []);
});

test('a focus ring is drawn whole at the edge of a section laid out only near the view', async () => {
  // content-visibility clips what such a section paints to its box: a focusable element at its
  // edge (the comparison's scrolling cards, the share link's first button) would lose part of
  // its ring unless the section lets the ring's reach out.
  const page = await open(session);
  await page.keyboard.press('Tab');
  const reach = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  });
  assert.ok(reach >= 3, `the focus ring reaches ${reach}px out`);
  const sections = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((el) => getComputedStyle(el).contentVisibility === 'auto')
    .map((el) => ({ name: `${el.tagName.toLowerCase()}.${el.className}`, margin: getComputedStyle(el).overflowClipMargin })));
  assert.ok(sections.length >= 8, sections.map((s) => s.name).join());
  const clipping = sections.filter((s) => !(parseFloat(s.margin.replace(/^[a-z-]+ /, '')) >= reach));
  assert.deepEqual(clipping, []);
  assert.deepEqual(page.problems, []);
});

test('the print view prints the comparison, not the editors', async () => {
  const page = await open(session);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.offers').isVisible(), false);
  assert.ok(await hook(page, 'offer-card-2').isVisible());
  assert.ok(await hook(page, 'net-2').isVisible());
  const pdf = await page.pdf({ format: 'Letter' });
  assert.ok(pdf.length > 1000);
});

test('dark mode follows the system', async () => {
  const page = await open(session, '', { colorScheme: 'dark' });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, bg);
  assert.deepEqual(page.problems, []);
});

test('a first-time user sees the fields that matter; a link opens what it uses', async () => {
  const page = await open(session);
  for (const n of [1, 2]) {
    for (const key of ['wage', 'bonus', 'match', 'health', 'state']) assert.ok(await hook(page, `input-${key}-${n}`).isVisible(), key);
    assert.equal(await hook(page, `input-pto-${n}`).isVisible(), false, 'pto waits behind More details');
  }
  const linked = await open(session, '?o1.pto=12&o2.wage=30');
  assert.ok(await hook(linked, 'input-pto-1').isVisible(), 'the link set it: in view');
  assert.equal(await hook(linked, 'input-pto-2').isVisible(), false);
  // The scoreboard follows every keystroke.
  await hook(linked, 'input-wage-2').fill('35');
  await linked.waitForFunction(() => document.querySelector('.scoreboard').textContent.includes('$72,800'));
  assert.match(await linked.locator('.scoreboard .is-best').textContent(), /Offer 2/);
  assert.deepEqual(linked.problems, []);
});

test('a menu always shows the value in effect', async () => {
  const page = await open(session, '?o1.pay=salary&o1.salary=50000');
  const preset = hook(page, 'input-match-preset-1');
  await preset.selectOption({ label: '100% up to 5% of pay' });
  await hook(page, 'input-match-1').fill('100:3,50:2');
  assert.equal(await preset.inputValue(), '6');
  await hook(page, 'input-match-1').fill('100:5');
  assert.equal(await preset.inputValue(), '3', 'back to 100% up to 5% once the formula says so');
  await expectFigure(page, 'match-1', 2500);
  assert.deepEqual(page.problems, []);
});

test('focus stays on the page when what had it goes away', async () => {
  const page = await open(session, '?o1.wage=20&o2.wage=21&o2.match=100:3,50:2&o3.bonus=1&zz=1');
  const focused = (test) => page.waitForFunction(test, null, { timeout: 2000 });
  await hook(page, 'remove-offer-3').click();
  await focused(() => document.activeElement.dataset.testid === 'add-offer');
  await page.getByRole('button', { name: 'Remove tier 2' }).click();
  await focused(() => document.activeElement.id === 'o2-add-tier');
  await hook(page, 'dismiss-warnings').click();
  await focused(() => document.activeElement.id === 'offers-title');
  // Not the last: focus goes to the offer that moves up into its place, from the keyboard too.
  const second = await hook(page, 'input-name-2').inputValue();
  await hook(page, 'remove-offer-1').focus();
  await page.keyboard.press('Enter');
  await focused(() => document.activeElement.dataset.testid === 'input-name-1');
  assert.equal(await hook(page, 'input-name-1').inputValue(), second);
  assert.deepEqual(page.problems, []);
});

test('near ties read as such: the best one\'s own pay as its pay rows show it, a gap under a dollar in cents', async () => {
  const page = await open(session, '?v=2&o1.wage=24&o2.wage=24.0001');
  assert.equal(await hook(page, 'breakeven-2').textContent(), '$24.00/hits own pay');
  assert.match(await hook(page, 'diff-1').textContent(), /^-\$0\.\d\d a year$/);
  assert.match(await hook(page, 'summary-1').locator('.gap').textContent(), /^-\$0\.\d\d$/);
  // A tie (an offer and its copy) reads as one, not as "$0.00".
  await hook(page, 'duplicate-offer-2').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="diff-3"]')?.textContent === 'Tied with the best');
  assert.equal(await hook(page, 'summary-3').locator('.gap').textContent(), 'tied');
  assert.deepEqual(page.problems, []);
});

test('a name takes 40 characters, emoji included', async () => {
  const page = await open(session);
  await hook(page, 'input-name-1').fill('🩺'.repeat(45));
  assert.equal([...(await hook(page, 'input-name-1').inputValue())].length, 40);
  await page.waitForFunction(() => document.querySelector('[data-testid="offer-card-1"] h3').textContent.startsWith('🩺'.repeat(40)));
  assert.deepEqual(page.problems, []);
});

test('absurd but accepted inputs give finite figures, and no hours worked is said in words', async () => {
  const tiny = '0.' + '0'.repeat(320) + '1';
  const page = await open(session, `?o1.pay=salary&o1.salary=5000000&o1.hours=${tiny}&o2.weeks=1&o2.pto=100&o2.state=ms`);
  assert.ok((await figure(page, 'hourly-rate-1')) > 1e300);
  assert.equal(await hook(page, 'effective-hourly-2').count(), 0);
  assert.match(await hook(page, 'offer-card-2').textContent(), /paid days off cover every scheduled hour/);
  const small = await open(session, '?v=2&o1.pay=salary&o1.salary=52&o1.premium=2400&o1.commute=1200');
  assert.match(await hook(small, 'take-home-1').textContent(), /^-\$2,\d{3}your premiums, 401\(k\) and taxes are more than the pay$/);
  // 1 week of 40 hours against 100 days of 8: the hours are never shown below none.
  assert.equal(await figure(page, 'hours-worked-2'), 40 - 800);
  assert.equal(await hook(page, 'hours-worked-2').textContent(), '0 hthe paid days off are 760 h more than the schedule');
  // Overtime is worked, not scheduled: it does not shorten what the paid days off exceed.
  const overtime = await open(session, '?v=2&o1.pto=100&o1.weeks=10&o1.ot=1');
  assert.equal(await figure(overtime, 'hours-worked-1'), 400 - 800 + 10);
  assert.equal(await hook(overtime, 'hours-worked-1').textContent(), '0 hthe paid days off are 400 h more than the schedule');
  assert.match(await page.locator('.benchmark').textContent(), /Mississippi: prices 13% below the U\.S\. average/);
  assert.deepEqual(page.problems, []);
});

/**
 * The calculator under #app as a list of lines, one per element (its attributes in order, the
 * values and choices of its fields) or text: what a person sees and what assistive technology
 * reads, not how the HTML spells it (the build's minifier leaves out default attributes and
 * values; a field's value and choice are attributes in the HTML, properties once live).
 */
function calculatorShape() {
  const BOOLEAN = ['hidden', 'disabled', 'open', 'required', 'readonly', 'selected'];
  const lines = [];
  const walk = (node, depth) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.textContent.trim()) lines.push(`${' '.repeat(depth)}${JSON.stringify(node.textContent)}`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const attributes = [...node.attributes]
      .filter((a) => a.name !== 'value' && a.name !== 'checked')
      .filter((a) => !(node.tagName === 'INPUT' && a.name === 'type' && a.value === 'text'))
      .filter((a) => !(a.name === 'placeholder' && a.value === ''))
      .map((a) => (BOOLEAN.includes(a.name) ? a.name : `${a.name}=${a.value}`))
      .sort();
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(node.tagName)) attributes.push(`value:${node.value}`);
    if (node.tagName === 'INPUT' && node.type === 'radio') attributes.push(`checked:${node.checked}`);
    lines.push(`${' '.repeat(depth)}${node.tagName.toLowerCase()} ${attributes.join(' ')}`);
    for (const child of node.childNodes) walk(child, depth + 1);
  };
  for (const child of document.getElementById('app').childNodes) walk(child, 0);
  return lines;
}

test('the page\'s words, styles and calculator paint before the WebAssembly, from the HTML alone', async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  // The wasm never arrives: what shows is the HTML's own.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(session.url);
  assert.equal(await page.locator('h1').textContent(), 'What is each job offer really worth?');
  assert.match(await page.locator('.lede').textContent(), /^Enter the offers you have/);
  // The calculator the build prerendered, in view with the example's fields and figures, inert
  // until the live one takes its place; the loading line is for screen readers.
  // (A template in the HTML, which a one-line script shows the frame after the first paint.)
  await hook(page, 'net-1').waitFor();
  const app = page.locator('#app');
  assert.equal(await app.getAttribute('inert'), '');
  assert.equal(await page.locator('#prerendered').count(), 0);
  assert.ok(await hook(page, 'input-wage-1').isVisible());
  assert.equal(await hook(page, 'input-wage-1').inputValue(), '26.5');
  assert.equal(await hook(page, 'summary-2').getAttribute('data-best'), 'true');
  assert.match(await hook(page, 'net-1').textContent(), /\$/);
  assert.match(await page.locator('#loading').textContent(), /Loading the calculator/);
  // Styled without a stylesheet request: the rules are in the page.
  assert.equal(await page.locator('.page-header').evaluate((e) => getComputedStyle(e).maxWidth), '1248px');
  assert.ok(!requests.some((p) => p.endsWith('.css')), requests.join(' '));
  await context.close();
});

test('the WebAssembly is compiled after the first paint, however late that paint comes', async () => {
  // The compile would share the CPU with the first paint; the download need not wait and does
  // not. Here a script of the test's holds the paint back (a render-blocking module that takes
  // 400 ms to arrive), so the page's own scripts are ready long before it.
  for (const query of ['', '?v=2&o1.wage=31&o1.state=WA']) {
    const context = await session.browser.newContext();
    await context.addInitScript(() => {
      window.compiledAt = [];
      for (const name of ['instantiateStreaming', 'compileStreaming', 'instantiate', 'compile']) {
        const original = WebAssembly[name];
        WebAssembly[name] = function (...args) {
          window.compiledAt.push(performance.now());
          return original.apply(this, args);
        };
      }
    });
    const page = await context.newPage();
    await page.route((url) => url.pathname.endsWith('/'), async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</head>', '<script type=module async blocking=render src=./held-paint.js></script></head>');
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    await page.route('**/held-paint.js', async (route) => {
      await new Promise((done) => setTimeout(done, 400));
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    });
    await page.goto(session.url + query);
    await page.waitForSelector('#app:not([inert]) [data-testid="net-1"]');
    const { paint, compiles, wasmAskedAt } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      compiles: window.compiledAt,
      wasmAskedAt: performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'))?.startTime,
    }));
    const what = query ? 'a link' : 'the default page';
    assert.ok(paint > 300, `${what}: the paint held back (first contentful paint at ${paint} ms)`);
    assert.ok(compiles.length >= 1, `${what}: the page compiled its wasm`);
    assert.ok(compiles.every((at) => at >= paint), `${what}: compiles at ${compiles} ms, first paint at ${paint} ms`);
    assert.ok(wasmAskedAt < paint - 200, `${what}: the wasm asked for at ${wasmAskedAt} ms, well before the paint at ${paint} ms`);
    await context.close();
  }
});

test('the live calculator\'s first render is the prerendered one, which it replaces', async () => {
  const context = await session.browser.newContext();
  const prerendered = await context.newPage();
  await prerendered.route('**/*.wasm', (route) => route.abort());
  await prerendered.goto(session.url);
  await hook(prerendered, 'net-1').waitFor();
  const before = await prerendered.evaluate(calculatorShape);
  // The live calculator renders in parts, a task each, into a root of its own: the one that
  // takes the prerendered one's place is whole at that moment, with nothing missing.
  const page = await open(session, '', {
    init: {
      content: `const shape = ${calculatorShape};
        new MutationObserver((records, observer) => {
          const app = document.getElementById('app');
          if (app && !app.hasAttribute('inert')) { window.atSwap = shape(); observer.disconnect(); }
        }).observe(document, { childList: true, subtree: true });`,
    },
  });
  assert.equal(await page.locator('#app').count(), 1);
  assert.equal(await page.locator('#app').getAttribute('inert'), null);
  assert.deepEqual(await page.evaluate(() => window.atSwap), before);
  const live = await page.evaluate(calculatorShape);
  // The sections down to the comparison, element for element; the live page goes on below.
  assert.ok(before.length > 1000, `${before.length} lines prerendered`);
  assert.deepEqual(live.slice(0, before.length), before);
  assert.ok(live.length > before.length);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('opened with a link, the loading line stays until the live calculator takes its place', async () => {
  // A link's page shows no prerendered calculator: until the live one is in place, the loading
  // line is all there is (and it is the screen reader's status). Seen from the page: when the
  // line goes, what holds #app?
  const page = await open(session, '?v=2&o1.wage=31&o2.wage=29&o2.name=Clinic', {
    init: {
      content: `let seen = false;
        new MutationObserver((records, observer) => {
          if (document.getElementById('loading')) { seen = true; return; }
          if (!seen) return;
          window.loadingGoneWith = document.querySelector('#app[inert]') ? 'the waiting placeholder' : 'the live calculator';
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });`,
    },
  });
  assert.equal(await page.evaluate(() => window.loadingGoneWith), 'the live calculator');
  assert.equal(await page.locator('#loading').count(), 0);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a link never shows the example\'s figures: its own come with the wasm', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${session.url}?v=2&o1.wage=31&o1.name=Clinic`);
  // The prerendered calculator stays a template: not in the page, not even laid out (checked
  // after the frame and the task in which the page's line would have shown it).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  assert.equal(await page.locator('#app > template#prerendered').count(), 1);
  assert.equal(await hook(page, 'household').count(), 0);
  assert.ok(!(await hook(page, 'net-1').isVisible()));
  assert.ok(!(await hook(page, 'input-wage-1').isVisible()));
  assert.ok(await page.locator('#loading').isVisible());
  await context.close();
  // And without scripts at all, none either: the page says it needs them.
  const noScripts = await session.browser.newContext({ javaScriptEnabled: false });
  const still = await noScripts.newPage();
  await still.goto(session.url);
  assert.equal(await hook(still, 'household').count(), 0);
  assert.ok(!(await hook(still, 'net-1').isVisible()));
  assert.ok(!(await hook(still, 'input-wage-1').isVisible()));
  assert.match(await still.locator('noscript').textContent(), /needs JavaScript/);
  await noScripts.close();
});

test('nothing in view shifts while the calculator replaces the loading line', async () => {
  const page = await open(session, '', {
    viewport: { width: 412, height: 823 },
    init: () => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    },
  });
  await page.waitForTimeout(300);
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
  assert.deepEqual(page.problems, []);
});
