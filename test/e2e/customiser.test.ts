/**
 * "Use your names" in a real browser, against dist/ as built by the global
 * setup, on the CircleCI guide: each field changes every method's program in
 * every language to exactly what `npm run snippet` prints with the same
 * parameters, in the code, the "Reads" facts and the clipboard; invalid values,
 * typed or in a link, never reach a program or the page; a link with names
 * shows them; without JavaScript there is no form and the programs are the
 * guide's own.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CUSTOMISABLE_FIELDS,
  loadRetrievalMethods,
  PARAMETER_RULES,
  renderSnippet,
  resolveSnippetParameters,
  withOverrides,
  type CustomisableField,
} from '../../src/generator';
import { readSecretGuides } from '../../src/lib/read-guides';
import { siteRoot } from '../support/built-urls';
import { UNUSUAL_PARAMETERS } from '../fixtures/unusual-parameters';
import { openBrowserSession, type BrowserSession, type ServedSite } from './support/browser';

const SECRET_ID = 'circleci-personal-api-token';
const GUIDE = `secrets/${SECRET_ID}/`;

type Overrides = Partial<Record<CustomisableField, string>>;

const methods = loadRetrievalMethods();
const guide = readSecretGuides().find((g) => g.data.id === SECRET_ID)!;
const PROGRAMS = methods.flatMap((m) => m.languages.map((l) => ({ method: m.id, language: l.language })));

/** Every program of the guide with these names, by "<method>/<language>", through the same functions as the CLI. */
function expected(overrides: Overrides = {}): Record<string, string> {
  const context = resolveSnippetParameters(guide.file, SECRET_ID, withOverrides(guide.data.snippet, overrides), guide.data.name);
  return Object.fromEntries(PROGRAMS.map(({ method, language }) => [`${method}/${language}`, renderSnippet(methods, context, method, language)]));
}

/** What `npm run snippet -- <id> <method> <language> --<field>=<value> …` prints. */
async function printedByCli(method: string, language: string, overrides: Overrides): Promise<string> {
  const args = ['src/generator/cli.ts', SECRET_ID, method, language, ...Object.entries(overrides).map(([f, v]) => `--${f}=${v}`)];
  return (await promisify(execFile)('node_modules/.bin/tsx', args, { maxBuffer: 1 << 20 })).stdout;
}

/** The text of every program on the page, by "<method>/<language>". */
const shownPrograms = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('section.method')].flatMap((section) =>
        [...section.querySelectorAll<HTMLElement>('.tabpanel')].map((panel) => [
          `${section.querySelector('h3')!.id}/${panel.dataset.language}`,
          panel.querySelector('pre code')!.textContent,
        ]),
      ),
    ),
  );

/** The environment variable each env-vars panel names under "Reads". */
const readsFacts = (page: Page) => page.locator('section.method:has(#env-vars) .snippet-facts code').allTextContents();

const field = (page: Page, name: CustomisableField) => page.locator(`form[data-customiser] input[name="${name}"]`);
const errorFor = (page: Page, name: CustomisableField) => page.locator(`#names-${name.replace('.', '-')}-error`);

// Values no rule allows, in each field: markup, quotes, a newline, path traversal, far too long, Unicode look-alikes.
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'CI"; alert(1); "',
  "CI'TOKEN",
  'CI\nTOKEN',
  '../../etc/passwd',
  'prod/../admin',
  'A'.repeat(600), // longer than any rule allows, short enough for a URL of six of them
  'СI_TOKEN', // Cyrillic С
  'ＣＩ_TOKEN', // full-width letters
  'CI\u200bTOKEN', // zero-width space
  'CI_TOKEN\u202e', // right-to-left override
];

let session: BrowserSession;
let site: ServedSite;
let browser: Browser;
let context: BrowserContext;
const dialogs: string[] = [];

beforeAll(async () => {
  session = await openBrowserSession();
  ({ site, browser, context } = session);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
});

afterAll(async () => {
  await session?.close();
});

async function openGuide(query = '', hash = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(site.url(GUIDE) + query + hash);
  await page.locator('form[data-customiser]').waitFor({ state: 'visible' });
  // The form's script loads when the reader first reaches for it (at once when the link carries names).
  await field(page, 'envVar').focus();
  await page.locator('form[data-customiser][data-ready]').waitFor({ state: 'attached' });
  return page;
}

/** A guide whose form script is held back until release(): the reader acts before it runs. */
async function openGuideHoldingScript(query = ''): Promise<{ page: Page; release: () => void }> {
  const page = await context.newPage();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/customiser-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(site.url(GUIDE) + query);
  return { page, release };
}

describe('Use your names', () => {
  it('is prefilled with the guide’s names and shows the guide’s programs', async () => {
    const page = await openGuide();
    const defaults = resolveSnippetParameters(guide.file, SECRET_ID, guide.data.snippet, guide.data.name);
    expect(await field(page, 'envVar').inputValue()).toBe(defaults.envVar);
    expect(await field(page, 'vault.path').inputValue()).toBe(defaults.vault.path);
    expect(await shownPrograms(page)).toEqual(expected());
    await page.close();
  });

  it('changes every program, field by field, to what npm run snippet prints with the same names', async () => {
    const page = await openGuide();
    const overrides: Overrides = {};
    for (const name of CUSTOMISABLE_FIELDS) {
      overrides[name] = UNUSUAL_PARAMETERS[name];
      await field(page, name).fill(UNUSUAL_PARAMETERS[name]);
      expect(await shownPrograms(page), `after changing ${name}`).toEqual(expected(overrides));
      expect(new URL(page.url()).searchParams.get(name)).toBe(UNUSUAL_PARAMETERS[name]);
    }
    expect(await readsFacts(page)).toEqual(Array(5).fill(UNUSUAL_PARAMETERS.envVar));
    await page.close();
  });

  it('applies what the reader typed while its script was still loading', async () => {
    const { page, release } = await openGuideHoldingScript();
    await field(page, 'envVar').fill('CI_TOKEN');
    expect(await shownPrograms(page), 'nothing changes before the script runs').toEqual(expected());
    release();
    await expect.poll(() => shownPrograms(page)).toEqual(expected({ envVar: 'CI_TOKEN' }));
    await page.close();
  });

  it('presses a button again once its script has loaded', async () => {
    const { page, release } = await openGuideHoldingScript();
    await field(page, 'envVar').fill('CI_TOKEN');
    await page.locator('[data-customiser-reset]').click();
    release();
    await page.locator('form[data-customiser][data-ready]').waitFor({ state: 'attached' });
    // The typed name is applied first; the replayed Reset then restores the guide's own.
    await expect.poll(() => shownPrograms(page)).toEqual(expected());
    expect(await field(page, 'envVar').inputValue()).not.toBe('CI_TOKEN');
    expect(new URL(page.url()).searchParams.get('envVar')).toBeNull();
    await page.close();
  });

  it('makes every copy button copy exactly what npm run snippet prints', async () => {
    const overrides: Overrides = { envVar: 'CI_TOKEN', 'aws.secretId': 'team/ci+token', 'vault.mount': 'kv.ci', 'vault.path': 'team/ci', 'vault.key': 'value', 'conjur.variableId': 'team/ci/token' };
    const page = await openGuide();
    for (const [name, value] of Object.entries(overrides)) await field(page, name as CustomisableField).fill(value);
    // The CLI for one language of each method (each tsx start costs a second of CPU); the page's copies are then held
    // to the generator's output, which those runs show the CLI prints.
    const languages = [...new Set(PROGRAMS.map((p) => p.language))];
    const methodIds = [...new Set(PROGRAMS.map((p) => p.method))];
    for (const [i, method] of methodIds.entries()) {
      const language = languages[i % languages.length]!;
      expect(await printedByCli(method, language, overrides), `${method}/${language}`).toBe(expected(overrides)[`${method}/${language}`]);
    }
    const copied: Record<string, string> = {};
    for (const { method, language } of PROGRAMS) {
      const group = page.locator(`section.method:has(#${method}) [data-tabs]`);
      await group.locator(`[role="tab"][data-language="${language}"]`).click();
      await group.locator(`[role="tabpanel"][data-language="${language}"] button[data-copy]`).click();
      copied[`${method}/${language}`] = await page.evaluate(() => navigator.clipboard.readText());
    }
    expect(copied).toEqual(expected(overrides));
    await page.close();
  }, 300_000);

  it('never puts an invalid value into a program, and says next to the field what is allowed', async () => {
    const page = await openGuide();
    const overrides: Overrides = {};
    for (const name of CUSTOMISABLE_FIELDS) {
      // A text field drops line breaks itself, so the newline is tested in a link only.
      for (const value of HOSTILE.filter((v) => !v.includes('\n'))) {
        await field(page, name).fill(value);
        await expect.poll(() => errorFor(page, name).isVisible()).toBe(true);
        expect(await errorFor(page, name).textContent()).toContain(PARAMETER_RULES[name].expected);
        expect(await field(page, name).getAttribute('aria-invalid')).toBe('true');
        expect(await shownPrograms(page), `${name} = ${JSON.stringify(value)}`).toEqual(expected(overrides));
      }
      // A valid value applies again and clears the message.
      overrides[name] = UNUSUAL_PARAMETERS[name];
      await field(page, name).fill(UNUSUAL_PARAMETERS[name]);
      expect(await errorFor(page, name).isVisible()).toBe(false);
      expect(await shownPrograms(page)).toEqual(expected(overrides));
    }
    await page.close();
  });

  it('shows the names a link carries, and keeps the link’s #fragment', async () => {
    const names: Overrides = { envVar: 'CI_TOKEN', 'vault.path': 'team/ci' };
    const page = await openGuide(`?${new URLSearchParams(names)}`, '#hashicorp-vault');
    expect(await shownPrograms(page)).toEqual(expected(names));
    expect(await field(page, 'envVar').inputValue()).toBe('CI_TOKEN');
    expect(new URL(page.url()).hash).toBe('#hashicorp-vault');
    await page.close();
  });

  it.each(HOSTILE.map((value) => ({ value, shown: JSON.stringify(value).slice(0, 40) })))(
    'ignores a link whose every name is $shown, without showing it anywhere',
    async ({ value }) => {
      const query = new URLSearchParams(CUSTOMISABLE_FIELDS.map((name) => [name, value]));
      const page = await openGuide(`?${query}`);
      const scripts = await page.locator('script').count();
      expect(await shownPrograms(page)).toEqual(expected());
      for (const name of CUSTOMISABLE_FIELDS) {
        expect(await field(page, name).inputValue()).toBe(await field(page, name).evaluate((input: HTMLInputElement) => input.defaultValue));
        expect(await errorFor(page, name).textContent()).toContain('ignored');
      }
      expect(await page.evaluate((v) => document.body.textContent!.includes(v), value)).toBe(false);
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.locator('script').count()).toBe(scripts);
      expect([...new URL(page.url()).searchParams.keys()]).toEqual([]);
      await page.close();
    },
  );

  it('copies the public link with these names, which opens the same programs, and Reset restores the guide’s', async () => {
    const page = await openGuide('', '#cyberark-conjur');
    await field(page, 'conjur.variableId').fill('team/ci/token');
    await page.getByRole('button', { name: 'Copy link with these names' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${siteRoot()}${GUIDE}?conjur.variableId=team%2Fci%2Ftoken#cyberark-conjur`);
    const linked = await context.newPage();
    await linked.goto(link.replace(siteRoot(), site.url()));
    // The form's script loads on demand (at once for a link with names) and shows the form when it has applied them.
    await linked.locator('form[data-customiser]').waitFor({ state: 'visible' });
    expect(await shownPrograms(linked)).toEqual(expected({ 'conjur.variableId': 'team/ci/token' }));
    await linked.close();

    await page.getByRole('button', { name: 'Reset' }).click();
    expect(await shownPrograms(page)).toEqual(expected());
    expect(await field(page, 'conjur.variableId').inputValue()).toBe(guide.data.snippet.conjur?.variableId ?? `prod/${SECRET_ID}`);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('shows no form, and the guide’s own programs even when the link carries names', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.url(GUIDE)}?envVar=CI_TOKEN`);
    expect(await page.locator('form[data-customiser]').isVisible()).toBe(false);
    expect(await page.getByText('Use your names').isVisible()).toBe(false);
    expect(await shownPrograms(page)).toEqual(expected());
    await noScript.close();
  });
});

describe('requests and dialogs', () => {
  it('no value opened a dialog', () => {
    expect(dialogs).toEqual([]);
  });

  it('went only to the site', () => {
    expect(session.requests.all.length).toBeGreaterThan(0);
    expect(session.requests.foreign).toEqual([]);
  });
});
