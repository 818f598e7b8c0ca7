// What the browser tests share: the real boardlens binary on a fresh SQLite file, Debian's
// Chromium driven by playwright-core, axe for accessibility, and a screenshot of every page.
//
// Most of a browser test's time goes here, so it is frugal: one browser per test process, axe
// run directly in the page (once per distinct page), one reused context for the copies of
// pages without JavaScript, JPEG screenshots, a demo account signed in once per process, and
// the demo database made once for every file (the e2e.demo-data fixture) and copied.

import { createHash } from 'node:crypto'
import { spawn, execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import readline from 'node:readline'
import { after, before } from 'node:test'

const SOURCE_DIR = process.env.BOARDLENS_SOURCE_DIR
const BIN = process.env.BOARDLENS_BIN
export const OUTPUT_DIR = process.env.BOARDLENS_TEST_OUTPUT

// The test packages live in web/node_modules, beside the front end they test.
const require = createRequire(path.join(SOURCE_DIR, 'web', 'package.json'))
const { chromium } = require('playwright-core')
const AxeBuilder = require('@axe-core/playwright').default
const AXE_SOURCE = require('axe-core').source

export const PASSWORD = 'tea at the riverside ward'
export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 390, height: 844 }
export const MAX_FIRST_LOAD = 150 * 1024
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

/** The binary on its own database file; `cli` runs a sub-command against it. */
export class Boardlens {
  constructor (name) {
    this.dir = path.join(OUTPUT_DIR, name)
    rmSync(this.dir, { recursive: true, force: true })
    mkdirSync(path.join(this.dir, 'screenshots'), { recursive: true })
    this.database = 'sqlite://' + path.join(this.dir, 'boardlens.db')
  }

  cli (...args) {
    return execFileSync(BIN, ['--database', this.database, ...args], { encoding: 'utf8' })
  }

  /** Starts `serve` on a free port and resolves once it listens. */
  async start () {
    this.server = spawn(BIN, ['--database', this.database, 'serve', '--listen', '127.0.0.1:0',
      '--no-access-log'], { stdio: ['ignore', 'pipe', 'inherit'] })
    const lines = readline.createInterface({ input: this.server.stdout })
    for await (const line of lines) {
      const match = line.match(/"event":"listening","url":"(http:\/\/[^"]+)\/"/)
      if (match) {
        this.url = match[1]
        lines.on('line', () => {}) // keep draining the log
        return
      }
    }
    throw new Error('boardlens exited before it was listening')
  }

  stop () {
    this.server?.kill('SIGTERM')
  }
}

let browserLaunch = null

/** The process's one browser: every test in the file opens contexts and pages in it. */
export async function launchBrowser () {
  browserLaunch ??= chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  return browserLaunch
}

/** How many pages axe checked in this process, and the pages it had checked already. */
export const axeRuns = { checked: 0, repeats: [] }
const axeChecked = new Set() // the keys of the pages checked, see pageKey
process.on('exit', () => {
  process.stderr.write(`axe: ${axeRuns.checked} pages checked, ${axeRuns.repeats.length} ` +
    `repeats skipped${axeRuns.repeats.length ? ' (' + axeRuns.repeats.join(', ') + ')' : ''}\n`)
})

/**
 * What makes a page distinct for axe: scripts on or off, the window's width, the address
 * with its numbers and tokens made general, and the shape of its document (every element's
 * tag, id, classes, role, ARIA attributes and input type, in order, but not its text), so
 * that the same page in another state (with an error summary, a banner, one more row) is
 * a different page and is checked too.
 */
async function pageKey (page) {
  const url = new URL(page.url())
  const where = (url.pathname + url.search).replace(/\/[A-Za-z0-9_-]{20,}/g, '/:token')
    .replace(/\d+/g, ':n')
  const shape = await page.evaluate(() => [...document.querySelectorAll('*')].map((e) =>
    [e.tagName, e.id.replace(/\d+/g, ':n'), [...e.classList].sort().join('.'),
      ...[...e.attributes].filter((a) => a.name === 'role' || a.name.startsWith('aria-') ||
        a.name === 'type').map((a) => a.name + '=' + a.value.replace(/\d+/g, ':n'))].join(' '))
    .join('\n'))
  return [page.javascriptOff ? 'off' : 'on', page.viewportSize()?.width, where,
    createHash('sha256').update(shape).digest('hex')].join(' ')
}

/**
 * axe's WCAG 2.2 A and AA rules on the page as it is. Run as axe.run in the page itself:
 * @axe-core/playwright's default runs axe in every frame and then again in a new blank page
 * to merge the results, several times slower for pages like ours without frames. A page
 * with frames still goes through AxeBuilder. Only violations are collected in full, which
 * is all the tests read.
 */
async function runAxe (page) {
  if (page.frames().length > 1) return new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  await page.evaluate(AXE_SOURCE)
  return page.evaluate((tags) => window.axe.run(document,
    { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), WCAG_TAGS)
}

/**
 * Checks the page the browser is on: axe finds no WCAG 2.2 A or AA violation (once for each
 * distinct page, see pageKey), and a full-page screenshot is saved as NN-name.jpg for a
 * person to look at.
 */
export class PageChecker {
  constructor (browser, dir) {
    this.browser = browser
    this.dir = dir
    this.count = 0
    this.violations = []
  }

  async check (page, name) {
    this.count += 1
    const file = `${String(this.count).padStart(2, '0')}-${name}.jpg`
    await page.screenshot({ path: path.join(this.dir, 'screenshots', file), fullPage: true,
      type: 'jpeg', quality: 80 })
    const key = await pageKey(page)
    if (axeChecked.has(key)) {
      axeRuns.repeats.push(name)
      return
    }
    axeChecked.add(key)
    axeRuns.checked += 1
    const results = await this.axe(page)
    for (const v of results.violations) {
      this.violations.push(`${name} (${page.url()}): ${v.id}: ${v.help} at ` +
        v.nodes.map((n) => n.target.join(' ')).join(', '))
    }
  }

  /**
   * axe runs as a script in the page, which a page without JavaScript cannot do. Such a page
   * is checked as an exact copy: the same HTML at the same address in a context with
   * JavaScript on, but with our scripts blocked, so the DOM is the one a user without
   * JavaScript gets.
   */
  async axe (page) {
    if (!page.javascriptOff) return runAxe(page)
    const copy = await copyPage(this.browser, page.viewportSize())
    copy.document = { url: withoutHash(page.url()), html: await page.content() }
    await copy.page.goto('about:blank')
    await copy.page.goto(page.url())
    return runAxe(copy.page)
  }
}

const withoutHash = (url) => url.replace(/#.*$/, '')

/**
 * The page that shows the copies, one for each window size, in a context of its own that
 * blocks our scripts and answers the copy's address with its HTML (kept, so that the
 * stylesheets are fetched once).
 */
const copies = new Map()
async function copyPage (browser, viewport) {
  const size = `${viewport.width}x${viewport.height}`
  if (!copies.has(size)) {
    copies.set(size, (async () => {
      const copy = { document: null }
      const context = await browser.newContext({ viewport })
      await context.route('**/*.js', (route) => route.abort())
      await context.route((url) => withoutHash(url.href) === copy.document?.url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: copy.document.html }))
      copy.page = await context.newPage()
      return copy
    })())
  }
  return copies.get(size)
}

/**
 * One browser's view of one server: opens pages (with JavaScript on or off), and for each
 * page `seen` runs the checker and, if it was reached by GET, weighs its first load.
 */
export class Visitor {
  constructor (browser, app, javascript) {
    this.browser = browser
    this.app = app
    this.javascript = javascript
    this.checker = new PageChecker(browser, app.dir)
    this.weights = [] // { url, bytes }
  }

  async newPage (viewport = DESKTOP) {
    const context = await this.browser.newContext({ viewport, javaScriptEnabled: this.javascript })
    const page = await context.newPage()
    page.javascriptOff = !this.javascript
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
        page.lastNavigationMethod = request.method()
      }
    })
    return page
  }

  async seen (page, name) {
    await this.checker.check(page, name)
    if (page.lastNavigationMethod === 'GET') {
      const state = await page.context().storageState()
      this.weights.push({ url: page.url(), bytes: await firstLoadBytes(this.browser, state, page.url()) })
    }
  }

  /** Signs in from the home page, which sends a visitor without a session to sign in. */
  async signIn (page, email, password = PASSWORD) {
    await page.goto(this.app.url + '/')
    await page.fill('#email', email)
    await page.fill('#password', password)
    await page.click('button:has-text("Sign in")')
  }

  /**
   * Signs in as `signIn` does the first time for this account in this process, and after
   * that reuses the session it made (its cookies), opening the home page: for tests whose
   * subject is not signing in, where each sign-in costs a slow password hash.
   */
  async signInOnce (page, email, password = PASSWORD) {
    const key = `${this.app.url} ${email} ${password}`
    if (sessions.has(key)) {
      await page.context().addCookies(sessions.get(key))
      await page.goto(this.app.url + '/')
      return
    }
    await this.signIn(page, email, password)
    sessions.set(key, await page.context().cookies(this.app.url))
  }

  /** Writes the weights beside the screenshots; returns the pages over the limit. */
  heavyPages () {
    writeFileSync(path.join(this.app.dir, 'page-weights.json'), JSON.stringify(this.weights, null, 2))
    return this.weights.filter((w) => w.bytes > MAX_FIRST_LOAD)
  }
}

const sessions = new Map() // signInOnce's cookies, by server, account and password

/** The messages in the error summary at the top of the page. */
export async function errorSummary (page) {
  return page.locator('.nhsuk-error-summary li').allInnerTexts()
}

/** Bytes transferred (compressed bodies plus headers) to load `url` with an empty cache. */
async function firstLoadBytes (browser, storageState, url) {
  const context = await browser.newContext({ storageState })
  const page = await context.newPage()
  const requests = []
  page.on('requestfinished', (request) => requests.push(request))
  await page.goto(url, { waitUntil: 'load' })
  let total = 0
  for (const request of requests) {
    const sizes = await request.sizes()
    total += sizes.responseBodySize + sizes.responseHeadersSize
  }
  await context.close()
  return total
}

/** The demo trust's email domain (each demo account is first.last at it). */
export const DEMO_DOMAIN = '@northfield-valley.nhs.example'

/**
 * Loads the demo into `app`'s database and returns what `boardlens demo` printed. Under
 * ctest the e2e.demo-data fixture has made it once (BOARDLENS_DEMO_DATA names its folder,
 * see demo-data.mjs) and each file starts from a copy; run alone, a file makes its own.
 */
export function loadDemo (app) {
  const made = process.env.BOARDLENS_DEMO_DATA
  if (!made) return app.cli('demo')
  const file = app.database.replace(/^sqlite:\/\//, '')
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(path.join(made, 'boardlens.db' + suffix))) {
      copyFileSync(path.join(made, 'boardlens.db' + suffix), file + suffix)
    }
  }
  return readFileSync(path.join(made, 'printed.txt'), 'utf8')
}

/**
 * The demo, served for the tests of one file (`name` names its output folder): before they
 * run, `demo.app` is serving, `demo.browser` open and `demo.password` the demo accounts'
 * password; after, both are stopped.
 */
export function demoForTests (name) {
  const demo = { app: new Boardlens(name) }
  before(async () => {
    demo.password = loadDemo(demo.app).match(/password (\S+)/)[1]
    await demo.app.start()
    demo.browser = await launchBrowser()
  })
  after(async () => {
    await demo.browser?.close()
    demo.app.stop()
  })
  return demo
}

/**
 * Follows the header's link called `label` as a person would: with scripts on, the design
 * system moves the entries that do not fit under "More", which must be opened first.
 */
export async function followHeaderLink (page, label) {
  const link = page.locator(`.nhsuk-header a:visible:has-text("${label}")`)
  if (await link.count() === 0) await page.click('#toggle-menu')
  await link.first().click()
}

/** The text of the page's main element. */
export const mainText = (page) => page.locator('main').innerText()

/** Whether nothing on the page is wider than the window (no sideways scrolling). */
export const fitsWidth = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
