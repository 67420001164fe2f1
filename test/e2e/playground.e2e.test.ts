import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ROOT, servePlayground } from '../../scripts/serve-playground.mjs';
import { document as fixtureDocument } from '../support/fixtures.js';

// The built package, as the page imports it (its own copy of these files is in playground/dist/lib).
type Library = typeof import('../../src/index.js');
const library = (await import(new URL('../../dist/index.js', import.meta.url).href)) as Library;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = join(import.meta.dirname, '..', '..', 'test-results');
const FONT_FAMILY = 'Noto Naskh Arabic';
const text = fixtureDocument('001');

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  if (!existsSync(join(DEFAULT_ROOT, 'index.html'))) {
    throw new Error('playground/dist/ is missing: run `npm run build:playground` first');
  }
  ({ server, url } = await servePlayground({ port: 0 }));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
    ],
  });
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A page whose console errors, uncaught errors and failed requests are collected in `problems`. */
async function openPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready]', { state: 'attached' });
  return { page, problems };
}

/** Puts `value` into the text area as a paste would (one input event), and waits for the render. */
async function paste(page: Page, value: string): Promise<void> {
  await page.fill('#input', value);
  await page.waitForSelector('body[data-ready]', { state: 'attached' });
}

describe('the playground, in Chromium, with document 001 pasted', () => {
  it('shows normalize(text), one highlight per explain() change, and the sentences of the output', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    await paste(page, text);

    const expected = library.normalize(text);
    const changes = library.explain(text);
    const sentences = library.splitSentences(expected);
    expect(changes.length).toBeGreaterThan(100);

    expect(await page.getByTestId('output').textContent()).toBe(expected);
    expect(await page.locator('#changes [data-change]').count()).toBe(changes.length);
    expect(
      await page.$$eval('#changes [data-change]', (marks) =>
        marks.map((mark) => (mark as HTMLElement).dataset.change),
      ),
    ).toEqual(changes.map((change) => change.rule));
    expect(await page.getByTestId('change-count').textContent()).toBe(String(changes.length));
    expect(await page.locator('[data-sentence]').count()).toBe(sentences.length);
    expect(await page.getByTestId('sentence-count').textContent()).toBe(String(sentences.length));
    expect(await page.getByTestId('input-length').textContent()).toBe(String(text.length));
    expect(Number(await page.getByTestId('time-ms').textContent())).toBeGreaterThanOrEqual(0);

    // Right to left, Arabic, and the self-hosted font really in use.
    expect(await page.locator('html[dir=rtl][lang=ar]').count()).toBe(1);
    const font = await page.evaluate(async (family) => {
      await document.fonts.ready;
      const faces: FontFace[] = [];
      document.fonts.forEach((face) => {
        if (face.family.replace(/"/g, '') === family) faces.push(face);
      });
      return {
        check: document.fonts.check(`16px "${family}"`, 'ب'),
        arabicFaceLoaded: faces.some(
          (face) => face.status === 'loaded' && face.unicodeRange.includes('U+600-6FF'),
        ),
      };
    }, FONT_FAMILY);
    expect(font).toEqual({ check: true, arabicFaceLoaded: true });

    // "Next change" focuses the first highlight and its tooltip names the rule.
    await page.click('#next-change');
    const first = page.locator('#changes [data-change]').first();
    await expect.poll(() => first.evaluate((mark) => mark === document.activeElement)).toBe(true);
    expect(await page.getByTestId('change-tip').isVisible()).toBe(true);
    expect(await page.getByTestId('change-tip').textContent()).toContain(changes[0]!.rule);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(RESULTS, 'playground-001-desktop.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('passes the chosen preset and each option value to the library', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    await paste(page, text);
    const choose = async (selector: string, value: string) => {
      await page.selectOption(selector, value);
      await page.waitForSelector('body[data-ready]', { state: 'attached' });
    };
    const shown = async () => ({
      output: await page.getByTestId('output').textContent(),
      changes: await page.locator('#changes [data-change]').count(),
    });
    const expected = (options: Record<string, unknown>) => ({
      output: library.normalize(text, options),
      changes: library.explain(text, options).length,
    });

    for (const preset of Object.keys(library.presets)) {
      await choose('#preset', preset);
      expect(await shown()).toEqual(expected({ preset }));
    }
    await choose('#preset', 'standard');
    await page.click('details.options summary');
    const options = await page.$$eval('#options select', (selects) =>
      selects.map((select) => ({
        name: (select as HTMLSelectElement).name,
        values: Array.from((select as HTMLSelectElement).options, (option) => option.value),
      })),
    );
    expect(options.map((option) => option.name)).toEqual(Object.keys(library.presets.standard));
    for (const { name, values } of options) {
      for (const value of values.slice(1)) {
        await choose(`#option-${name}`, value);
        const typed = value === 'true' ? true : value === 'false' ? false : value;
        expect(await shown(), `${name}: ${value}`).toEqual(
          expected({ preset: 'standard', [name]: typed }),
        );
      }
      await choose(`#option-${name}`, '');
    }
    expect(await page.getByTestId('error').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('explains a file as the library reads it: CR LF and a BOM kept, which a text box would drop', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, problems } = await openPage(context);
    const raw = `\ufeff${text.split('\n').slice(0, 6).join('\r\n')}`;
    await page.setInputFiles('#file', {
      name: 'windows.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(raw, 'utf8'),
    });
    await page.waitForSelector('body[data-ready="2"]', { state: 'attached' });

    const changes = library.explain(raw);
    expect(changes.map((change) => change.rule)).toContain('line-break');
    expect(changes[0]!.rule).toBe('invisible');
    expect(await page.getByTestId('output').textContent()).toBe(library.normalize(raw));
    expect(
      await page.$$eval('#changes [data-change]', (marks) =>
        marks.map((mark) => (mark as HTMLElement).dataset.change),
      ),
    ).toEqual(changes.map((change) => change.rule));
    expect(await page.getByTestId('input-length').textContent()).toBe(String(raw.length));

    // Editing the text box goes back to its own value (LF line breaks only).
    await paste(page, 'سطر\r\nسطر');
    expect(await page.locator('#changes [data-change]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fits a phone-sized screen without sideways scrolling', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const { page, problems } = await openPage(context);
    await paste(page, text);

    expect(await page.getByTestId('output').textContent()).toBe(library.normalize(text));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await page.screenshot({ path: join(RESULTS, 'playground-001-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});
