// After tax in the browser: the household, the ranking basis, pay frequency, paychecks, the
// marginal rate, the method's tax parameters, and version 1 links ranked before tax.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open, hook, figure, expectFigure, PAGE_COMPLETE } from './helpers.js';

let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

test('after tax, a dollar of employer-paid premium beats a dollar of wage', async () => {
  // $30/h against $25/h with $9,000 of employer-paid health: ahead by 1,400 before tax,
  // behind by 643.60 after (single, 2026).
  const page = await open(session, '?v=2&o1.wage=30&o2.wage=25&o2.health=9000');
  assert.equal(await page.locator('[data-testid="offer-card-2"][data-best="true"]').count(), 1);
  await expectFigure(page, 'diff-1', -643.6);
  await expectFigure(page, 'fed-tax-1', 5308);
  await expectFigure(page, 'fica-1', 4773.6);
  await expectFigure(page, 'state-tax-1', 0);
  await expectFigure(page, 'take-home-1', 52318.4);
  await expectFigure(page, 'paycheck-1', 52318.4 / 26);
  // Before tax is one click away: the ranking, the gap and the breakeven follow it.
  await hook(page, 'input-basis-before').check();
  await page.waitForSelector('[data-testid="offer-card-1"][data-best="true"]');
  await expectFigure(page, 'diff-2', -1400);
  await expectFigure(page, 'breakeven-2', 25 + 1400 / 2080);
  await page.waitForFunction(() => location.search === '?v=2&basis=before&o1.wage=30&o2.wage=25&o2.health=9000');
  await hook(page, 'input-basis-after').check();
  await page.waitForSelector('[data-testid="offer-card-2"][data-best="true"]');
  assert.deepEqual(page.problems, []);
});

test('an offer\'s federal tax says what credits its pay takes away', async () => {
  // Joint, two children, a spouse earning 20,000: without the offer, no tax and 9,941 of credits
  // (earned income credit 7,316; refundable child tax credit 15% of 17,500 = 2,625). With 41,600
  // more: taxable 29,400 taxed 2,480 + 12% of 4,600 = 3,032, all of it taken by the child tax
  // credit, 1,368 of it refundable; the earned income credit 7,316 less 21.06% of 30,440 =
  // 905.34. The offer's tax is its 3,032 of tax less the credits the pay brings, plus those it
  // takes away.
  const page = await open(session, '?v=2&filing=joint&kids=2&other=20000&o1.wage=20');
  const eitc = 7316 - 0.2106 * (61600 - 31160);
  await expectFigure(page, 'fed-tax-1', (3032 - (3032 + 1368 + eitc)) - (0 - 9941));
  // Credit by credit: 6,410.66 of earned income credit lost, 1,775 of child tax credit gained.
  assert.match(await hook(page, 'fed-tax-1').textContent(), /counts \$6,411 of tax credits lost with this pay and \$1,775 gained/);
  assert.deepEqual(page.problems, []);
  // Without children, a spouse earning 10,000: an earned income credit of 664 (7.65% of 10,000,
  // at most 664), which 41,600 more ends; taxable 19,400 taxed 1,940.
  const childless = await open(session, '?v=2&filing=joint&other=10000&o1.wage=20');
  await expectFigure(childless, 'fed-tax-1', 1940 + 664);
  assert.match(await hook(childless, 'fed-tax-1').textContent(), /includes \$664 of tax credits lost with this pay$/);
  assert.deepEqual(childless.problems, []);
});

test('the household changes what each offer adds to the return', async () => {
  const page = await open(session, '?v=2&o1.wage=20');
  // Single, 41,600: taxable 25,500, tax 1,240 + 12% of 13,100 = 2,812.
  await expectFigure(page, 'fed-tax-1', 2812);
  // Head of household with two children: 41,600 - 24,150 = 17,450 taxed 1,745, all of it taken
  // by the child tax credit; 2,655 refundable (4,400 - 1,745); the earned income credit is
  // 7,316 less 21.06% of 17,710: 3,586.27.
  await hook(page, 'input-filing').selectOption('hoh');
  await hook(page, 'input-kids').fill('2');
  await expectFigure(page, 'fed-tax-1', -2655 - (7316 - 0.2106 * (41600 - 23890)));
  assert.match(await hook(page, 'fed-tax-1').textContent(), /after \$7,986 of tax credits this pay qualifies you for/);
  // A spouse's wages set the bracket: married filing jointly on top of 60,000.
  await hook(page, 'input-filing').selectOption('joint');
  await hook(page, 'input-kids').fill('0');
  await hook(page, 'input-other').fill('60000');
  // With: 101,600 - 32,200 = 69,400 taxed 2,480 + 12% of 44,600 = 7,832. Without: 27,800 taxed 2,840.
  await expectFigure(page, 'fed-tax-1', 7832 - 2840);
  await page.waitForFunction(() => location.search === '?v=2&filing=joint&other=60000&o1.wage=20');
  // Bad values: a message next to the field, the rest keeps working.
  await hook(page, 'input-kids').fill('2.5');
  assert.match(await page.locator('#household-kids-error').textContent(), /whole number from 0 to 10/);
  // Commas between thousands are read as people mean them; a letter for a zero is not.
  await hook(page, 'input-other').fill('60,000');
  assert.equal(await hook(page, 'input-other').getAttribute('aria-invalid'), 'false');
  await hook(page, 'input-other').fill('6o,000');
  assert.match(await page.locator('#household-other-error').textContent(), /like 1250\.50 or 52,000/);
  await expectFigure(page, 'fed-tax-1', 7832 - 2840);
  await hook(page, 'input-other').fill('60000');
  await hook(page, 'input-wage-1').fill('21');
  await expectFigure(page, 'base-1', 21 * 2080);
  assert.deepEqual(page.problems, []);
});

test('each paycheck, by the offer’s pay frequency, line by line', async () => {
  const page = await open(session, '?v=2&o1.wage=25&o1.k=6&o1.premium=1200&o1.freq=weekly');
  const takeHome = await figure(page, 'take-home-1');
  await expectFigure(page, 'paycheck-1', takeHome / 52);
  const table = hook(page, 'paychecks');
  assert.match(await table.locator('thead').textContent(), /Weekly \(52 paychecks\)/);
  const line = async (i) => (await hook(page, `paycheck-line-${i}-1`).textContent()).trim();
  assert.equal(await line(1), '$1,000.00'); // 52,000 / 52
  assert.equal(await line(2), '−$60.00'); // 6% of 1,000
  assert.equal(await line(3), '−$23.08'); // 1,200 / 52
  assert.equal(await line(9), `$${(takeHome / 52).toFixed(2)}`);
  await hook(page, 'input-freq-1').selectOption('monthly');
  await expectFigure(page, 'paycheck-1', takeHome / 12);
  await page.waitForFunction(() => location.search.includes('o1.freq=monthly'));
  assert.deepEqual(page.problems, []);
});

test('the marginal rate in words, and the method with its sources', async () => {
  const page = await open(session, '?v=2&o1.wage=25');
  // 12% bracket, 6.2% + 1.45%: of $1,000 you keep $803.50.
  assert.ok(Math.abs((await figure(page, 'marginal-rate-1')) - 19.65) < 1e-9);
  assert.match(await hook(page, 'marginal-rate-1').textContent(), /\$803\.50/);
  // The table of the year and filing status in use is the one shown (index.html has them all).
  const parameters = page.locator('[data-testid="tax-parameters"]:not([hidden])');
  assert.equal(await parameters.count(), 1);
  assert.match(await parameters.locator('caption').textContent(), /2026, single/);
  assert.match(await parameters.textContent(), /Standard deduction\$16,100Rev\. Proc\. 2025-32/);
  assert.match(await parameters.textContent(), /Social Security6\.2% of wages up to \$184,500/);
  await hook(page, 'input-year').selectOption('2024');
  await page.waitForFunction(() => /Standard deduction\$14,600Rev\. Proc\. 2023-34/.test(document.querySelector('[data-testid="tax-parameters"]:not([hidden])').textContent));
  await hook(page, 'input-filing').selectOption('joint');
  await page.waitForFunction(() => /Standard deduction\$29,200Rev\. Proc\. 2023-34/.test(document.querySelector('[data-testid="tax-parameters"]:not([hidden])').textContent));
  assert.equal(await page.locator('[data-testid="tax-parameters"]:not([hidden])').count(), 1);
  assert.match(await hook(page, 'sources').textContent(), /Public Law 119-21/);
  assert.deepEqual(page.problems, []);
});

test('a version 1 link ranks before tax until switched, and is written as version 2', async () => {
  const page = await open(session, '?o1.wage=30&o2.wage=25&o2.health=9000');
  assert.equal(await hook(page, 'input-basis-before').isChecked(), true);
  assert.equal(await page.locator('[data-testid="offer-card-1"][data-best="true"]').count(), 1);
  await expectFigure(page, 'diff-2', -1400);
  // Every after-tax figure is shown all the same.
  await expectFigure(page, 'after-tax-2', 52962);
  await page.waitForFunction(() => location.search === '?v=2&basis=before&o1.wage=30&o2.wage=25&o2.health=9000');
  await hook(page, 'input-basis-after').check();
  await page.waitForFunction(() => location.search === '?v=2&o1.wage=30&o2.wage=25&o2.health=9000');
  assert.equal(await page.locator('[data-testid="offer-card-2"][data-best="true"]').count(), 1);
  assert.deepEqual(page.problems, []);
});

test('where an offer is worth most: the 51 places on demand, best at U.S.-average prices first', async () => {
  const page = await open(session, '?v=2&filing=joint&kids=1&o1.name=Remote%20A&o1.wage=30&o2.name=Remote%20B&o2.pay=salary&o2.salary=90000');
  const rows = hook(page, 'places-table').locator('tbody tr');
  assert.equal(await rows.count(), 0, 'nothing computed until asked');
  await hook(page, 'places').locator('summary').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="places-table"] tbody tr').length === 51);
  const money = (text) => Number(text.replace(/[$,]/g, ''));
  const atPrices = await rows.evaluateAll((trs) => trs.map((tr) => tr.children[2].textContent));
  const values = atPrices.map(money);
  assert.ok(values.every((v, i) => i === 0 || values[i - 1] >= v), 'sorted');
  const texas = hook(page, 'places-table').locator('tr[data-state="TX"] td');
  assert.equal(await texas.nth(2).textContent(), '$0');
  const first = await rows.first().textContent();
  await hook(page, 'places-offer').selectOption('1');
  await page.waitForFunction((before) => document.querySelector('[data-testid="places-table"] tbody tr').textContent !== before, first);
  assert.deepEqual(page.problems, []);
});

test('state taxes: counted in every place, each with the local taxes it leaves out', async () => {
  const page = await open(session, '?v=2&o1.wage=25&o1.state=PA&o2.wage=25&o2.state=CA&o3.wage=25&home=TX&o4.wage=25&o4.state=MN');
  // Pennsylvania: 3.07% of 52,000 and 0.07% unemployment insurance; local earned income taxes named.
  await expectFigure(page, 'state-tax-1', 0.0307 * 52000);
  await expectFigure(page, 'state-payroll-1', 0.0007 * 52000);
  assert.match(await hook(page, 'state-tax-1').textContent(), /Pennsylvania; not included: local earned income taxes/);
  // California: 52,000 less the 5,836 standard deduction (2026 estimate) on Schedule X (1% of
  // 11,330, 2% of 15,530, 4% of 15,533, 6% of 3,771), less the 156 personal credit; SDI 1.3%.
  await expectFigure(page, 'state-tax-2', 0.01 * 11330 + 0.02 * 15530 + 0.04 * 15533 + 0.06 * 3771 - 156);
  assert.match(await hook(page, 'state-tax-2').textContent(), /California/);
  await expectFigure(page, 'state-payroll-2', 0.013 * 52000);
  // An employer may pay part of it: the figure is the most the law lets it charge (taxes.md).
  assert.match(await hook(page, 'state-payroll-2').textContent(), /: the most you can be charged$/);
  // Minnesota, from the state tax engine too: 52,000 less the 15,300 standard deduction, 5.35% of
  // 33,310 and 6.8% of 3,390; its working family credit (4% of at most 9,690) is gone, 12% of the
  // 19,320 over 32,680.
  await expectFigure(page, 'state-tax-4', 0.0535 * 33310 + 0.068 * 3390);
  assert.match(await hook(page, 'state-tax-4').textContent(), /Minnesota/);
  // A remote job is taxed where you live: Texas taxes no wages.
  await expectFigure(page, 'state-tax-3', 0);
  assert.match(await hook(page, 'state-tax-3').textContent(), /Texas taxes no wages/);
  // The method says every place is counted.
  assert.match(await page.locator('.methodology').textContent(), /State income tax is counted in every place that taxes wages/);
  // Each state's figures with their documents, under "Sources": the states of these offers only.
  const sources = hook(page, 'state-sources');
  // (Texas taxes no wages: nothing to cite.)
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="state-sources"] h4').length === 3);
  assert.deepEqual(await sources.locator('h4').allTextContents(), ['California', 'Minnesota', 'Pennsylvania']);
  assert.match(await sources.textContent(), /PA-40/);
  assert.ok((await sources.locator('a[href^="https://"]').count()) > 10);
  await hook(page, 'input-state-3').selectOption('NJ');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="state-sources"] h4').length === 4);
  assert.deepEqual(await sources.locator('h4').allTextContents(), ['California', 'Minnesota', 'New Jersey', 'Pennsylvania']);
  assert.deepEqual(page.problems, []);
});

test('the parameters and the states\' documents that fail to load come at the next change, at new addresses', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  // (Their addresses are in boot.js's too: the file's own path is matched.)
  const theirs = (url) => /\/(parameters|state-sources)\.js$/.test(new URL(url).pathname);
  const asked = [];
  page.on('request', (r) => { if (theirs(r.url())) asked.push(r.url()); });
  await page.route(theirs, (route) => route.abort());
  await page.goto(`${session.url}?v=2&o1.wage=25&o1.state=CA`);
  await page.waitForSelector(PAGE_COMPLETE);
  while (asked.length < 2) await page.waitForTimeout(50);
  assert.equal(await page.locator('[data-testid="tax-parameters"]').count(), 0);
  assert.equal(await hook(page, 'state-sources').locator('h4').count(), 0);
  // The network is back: the next change loads both.
  await page.unroute(theirs);
  await hook(page, 'input-state-1').selectOption('NY');
  await page.waitForFunction(() => document.querySelector('[data-testid="tax-parameters"]:not([hidden])'));
  await page.waitForFunction(() => document.querySelector('[data-testid="state-sources"] h4')?.textContent === 'New York');
  // Each came at last from an address of its own (a browser keeps a failed import).
  for (const file of ['parameters.js', 'state-sources.js']) {
    const last = asked.filter((url) => new URL(url).pathname.endsWith(`/${file}`)).at(-1);
    assert.ok(Number(new URL(last).searchParams.get('try')) >= 1, asked.join(' '));
  }
  await context.close();
});
