// The callbacks given to page.evaluate and $eval run in the browser.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Browser, Page } from 'puppeteer-core';
import { api, ok } from './support/api';
import { launchChromium, openLoopbackPage, type LoopbackPage } from './support/headless-chromium';
import { PROGRAMS } from './support/programs';
import { TEST_BASE_URL } from './support/service-processes';

const LANGUAGES = Object.keys(PROGRAMS) as (keyof typeof PROGRAMS)[];

/** What the result section shows, read as a person would: only visible parts. */
interface ShownResult {
  status: string;
  exit: string;
  time: string;
  memory: string;
  version: string;
  stdout: string;
  stderr: string | null;
  compileOutput: string | null;
}

/** Clicks Run and waits until the page shows a result or an error. */
async function run(page: Page): Promise<void> {
  await page.click('#run');
  await page.waitForFunction(
    () =>
      !(document.getElementById('run') as HTMLButtonElement).disabled &&
      (!document.getElementById('result')?.hidden || !document.getElementById('error')?.hidden),
    { timeout: 60_000 },
  );
}

async function shownResult(page: Page): Promise<ShownResult> {
  return page.evaluate(() => {
    const text = (id: string) => document.getElementById(id)?.textContent ?? '';
    const shown = (blockId: string, id: string) => (document.getElementById(blockId)?.hidden ? null : text(id));
    if (document.getElementById('result')?.hidden) throw new Error(`no result shown; error: ${text('error')}`);
    return {
      status: text('result-status'),
      exit: text('result-exit'),
      time: text('result-time'),
      memory: text('result-memory'),
      version: text('result-version'),
      stdout: text('result-stdout'),
      stderr: shown('result-stderr-block', 'result-stderr'),
      compileOutput: shown('result-compile-block', 'result-compile-output'),
    };
  });
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the playground page at / in headless Chromium', () => {
  let opened: LoopbackPage;

  beforeEach(async () => {
    opened = await openLoopbackPage(browser, `${TEST_BASE_URL}/`);
    await opened.page.waitForSelector('#language:not([disabled])');
  });

  afterEach(async () => {
    await opened.page.close();
    expect(opened.foreignRequests).toEqual([]);
  });

  it('lists every language of the languages endpoint, with its version', async () => {
    const languages = await ok('GET /api/v1/execution/languages', api.GET('/api/v1/execution/languages'));
    const options = await opened.page.$$eval('#language option', (all) => all.map((option) => ({ value: option.value, label: option.textContent })));
    expect(options).toEqual(languages.map((language) => ({ value: language.id, label: `${language.name} — ${language.version}` })));
    expect(languages.map((language) => language.id)).toEqual(expect.arrayContaining(LANGUAGES));
  });

  it.each(LANGUAGES)('runs the %s sample of the languages endpoint: status success, its output, time and memory', async (language) => {
    const { page, pageErrors } = opened;
    const info = await ok(`GET language ${language}`, api.GET('/api/v1/execution/languages/{language}', { params: { path: { language } } }));
    await page.select('#language', language);
    expect(await page.$eval('#code', (box) => (box as HTMLTextAreaElement).value)).toBe(info.sample);

    await run(page);

    const shown = await shownResult(page);
    expect(shown).toMatchObject({ status: 'success', exit: '0', stdout: 'Hello, world!\n', stderr: null, compileOutput: null });
    expect(shown.time).toMatch(/^\d+ ms|^\d+\.\d\d s/);
    expect(shown.memory).toMatch(/^\d+(\.\d)? (KB|MB)$/);
    expect(shown.version).toMatch(/\d/);
    expect(pageErrors).toEqual([]);
  });

  it('passes the stdin box to the program and the args box, one argument per line, queueing the run and streaming its events', async () => {
    const { page, loopbackRequests } = opened;
    await page.locator('#code').fill('import sys\nprint("got " + input())\nprint("|".join(sys.argv[1:]))');
    await page.locator('#stdin').fill('ghost');
    await page.locator('#args').fill('one\ntwo words\n"three"');
    const before = loopbackRequests.length;

    await run(page);

    expect(await shownResult(page)).toMatchObject({ status: 'success', stdout: 'got ghost\none|two words|"three"\n' });
    // execute/async, then the task's events until its result: no polling.
    const [queue, events, ...more] = loopbackRequests.slice(before);
    expect(queue).toBe('POST /api/v1/execution/execute/async');
    expect(events).toMatch(/^GET \/api\/v1\/execution\/task\/[\w-]+\/events$/);
    expect(more).toEqual([]);
  });

  it('shows output as the program writes it, before the program has ended', async () => {
    const { page } = opened;
    await page.locator('#code').fill('import time\nprint("first")\ntime.sleep(3)\nprint("second")');

    await page.click('#run');
    await page.waitForFunction(() => document.getElementById('result-stdout')?.textContent === 'first\n', { timeout: 30_000 });
    expect(await page.$eval('#run', (button) => (button as HTMLButtonElement).disabled)).toBe(true);
    await page.waitForFunction(() => !(document.getElementById('run') as HTMLButtonElement).disabled, { timeout: 30_000 });

    expect(await shownResult(page)).toMatchObject({ status: 'success', stdout: 'first\nsecond\n' });
  });

  it('stops an endless program with Stop: status cancelled', async () => {
    const { page } = opened;
    await page.locator('#code').fill('import time\nwhile True:\n    print("tick", flush=True)\n    time.sleep(0.2)');

    await page.click('#run');
    await page.waitForFunction(() => (document.getElementById('result-stdout')?.textContent ?? '').includes('tick'), { timeout: 30_000 });
    await page.click('#stop');
    await page.waitForFunction(() => !(document.getElementById('run') as HTMLButtonElement).disabled, { timeout: 10_000 });

    expect((await shownResult(page)).status).toBe('cancelled');
  });

  it('runs with Ctrl+Enter in the code box', async () => {
    const { page } = opened;
    await page.locator('#code').fill('print("keyboard")');
    await page.focus('#code');

    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => document.getElementById('result-status')?.textContent === 'success', { timeout: 30_000 });

    expect((await shownResult(page)).stdout).toBe('keyboard\n');
  });

  it('shows a compile error with the compiler output, the program not run', async () => {
    const { page } = opened;
    await page.select('#language', 'cpp');
    await page.locator('#code').fill(PROGRAMS.cpp.compileError ?? '');

    await run(page);

    const shown = await shownResult(page);
    expect(shown).toMatchObject({ status: 'compile_error', exit: 'did not run', stdout: '' });
    expect(shown.compileOutput).toMatch(/undefined_name/);
  });

  it('shows a rejected request as its status and every problem the API named', async () => {
    const { page, pageErrors } = opened;
    await page.locator('#code').fill('');

    await run(page);

    const shown = await page.evaluate(() => ({
      resultHidden: document.getElementById('result')?.hidden,
      title: document.getElementById('error-title')?.textContent,
      messages: [...document.querySelectorAll('#error-messages li')].map((item) => item.textContent),
    }));
    expect(shown).toEqual({ resultHidden: true, title: '400 Bad Request', messages: ['code must not be empty'] });
    // Chromium logs every non-2xx fetch; nothing else may fail.
    expect(pageErrors).toEqual([expect.stringMatching(/status of 400/)]);
  });
});

describe('Swagger UI at /api/docs in headless Chromium', () => {
  it('runs a python hello world through "Try it out" on the sync execute operation', async () => {
    const { page, foreignRequests } = await openLoopbackPage(browser, `${TEST_BASE_URL}/api/docs`);
    const operation = '.opblock-post:has(.opblock-summary-path[data-path="/api/v1/execution/execute"])';
    await page.locator(`${operation} .opblock-summary-control`).click();
    await page.locator(`${operation} .try-out__btn`).click();
    await page.locator(`${operation} textarea.body-param__text`).fill(JSON.stringify({ language: 'python', code: PROGRAMS.python.helloWorld }));
    await page.locator(`${operation} .btn.execute`).click();

    const response = `${operation} .live-responses-table .response`;
    const body = await page
      .locator(`${response} .response-col_description pre`)
      .setTimeout(60_000)
      .map((pre) => pre.textContent ?? '')
      .wait();
    const status = await page.$eval(`${response} .response-col_status`, (cell) => cell.textContent?.trim());
    expect(status).toBe('200');
    expect(JSON.parse(body)).toMatchObject({ status: 'success', stdout: 'hello, world\n' });
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});
