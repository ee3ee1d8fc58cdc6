import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's chromium package, installed by scripts/setup.sh. */
const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Headless, and quiet: no sandbox (tests run as root), no GPU, and none of
 * Chromium's own calls home (updates, sync, metrics, translation, hints).
 * puppeteer adds --headless=new for `headless: true`; listed anyway so the set is complete here.
 */
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--metrics-recording-only',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}

/** A page that lets through only requests to 127.0.0.1 (and data: URLs), and records every other one. */
export interface LoopbackPage {
  page: Page;
  /** "METHOD /path" of every request to 127.0.0.1, in order. */
  loopbackRequests: string[];
  /** URLs the page tried to reach elsewhere; each was aborted. */
  foreignRequests: string[];
  /** Uncaught exceptions and console errors of the page. */
  pageErrors: string[];
}

/** Opens url in a new page of browser, with every request outside loopback aborted and recorded. */
export async function openLoopbackPage(browser: Browser, url: string): Promise<LoopbackPage> {
  const page = await browser.newPage();
  const loopbackRequests: string[] = [];
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (isLoopback(request.url())) {
      loopbackRequests.push(`${request.method()} ${new URL(request.url()).pathname}`);
      void request.continue();
    } else {
      foreignRequests.push(request.url());
      void request.abort();
    }
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, loopbackRequests, foreignRequests, pageErrors };
}

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || hostname === '127.0.0.1';
}
