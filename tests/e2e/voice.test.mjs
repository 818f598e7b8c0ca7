// User voice in a real browser: the public form on a phone with scripts off (errors named in
// the summary, then sent), its thank-you and "you said, we did" pages, and the board's side
// (the summary, the reports, the poster, the log). Every page passes axe.

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import { Boardlens, PASSWORD, PHONE, Visitor, errorSummary, followHeaderLink, launchBrowser } from './support.mjs'

const app = new Boardlens('voice')
let browser
let formUrl

before(async () => {
  app.cli('migrate')
  app.cli('org', 'add', '--ods', 'RAA', '--name', 'Alpha Valley NHS Trust', '--kind', 'trust')
  app.cli('user', 'add', '--email', 'sec@alpha.example', '--name', 'Sam Secretary',
    '--password', PASSWORD, '--org', 'RAA', '--role', 'secretary')
  await app.start()
  formUrl = app.cli('voice', 'link', '--org', 'RAA', '--public-url', app.url).trim()
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  app.stop()
})

async function sendReport (visitor, page, name) {
  await page.goto(formUrl)
  await visitor.seen(page, `${name}-who`)
  // Who is reporting comes first, so that the services offered are theirs (issue 19).
  await page.click('button:has-text("Continue")')
  assert.deepEqual(await errorSummary(page), [
    'Select whether you work here or are a patient, carer or visitor'])
  await page.check('input[name=reporter][value=patient]')
  await page.click('button:has-text("Continue")')
  await visitor.seen(page, `${name}-form`)
  assert.match(await page.locator('main').innerText(), /If you need help now/)
  await page.click('button:has-text("Send")')
  assert.deepEqual(await errorSummary(page), [
    'Select the service, or something else',
    'Select what got in the way',
    'Select how often it happens',
    'Select how much it mattered',
    'Select how your experience was overall'])
  await visitor.seen(page, `${name}-form-errors`)
  await page.check('input[name=service][value=other]')
  await page.check('input[name=barriers][value=log_in]')
  await page.check('input[name=barriers][value=repeat]')
  await page.fill('#what_happened', 'I had to type my NHS number three times.')
  await page.check('input[name=how_often][value=often]')
  await page.check('input[name=impact][value=some]')
  await page.check('input[name=fft][value=poor]')
  await page.fill('#contact', 'ward 7')
  await page.check('input[name=consent][value=yes]')
  await page.click('button:has-text("Send")')
  assert.deepEqual(await errorSummary(page), [
    'Enter an email address, like name@example.com, or a phone number, like 01632 960 001'])
  await page.fill('#contact', '')
  await page.uncheck('input[name=consent][value=yes]')
  await page.click('button:has-text("Send")')
  assert.match(page.url(), /\/thanks$/)
  assert.match(await page.locator('h1').innerText(), /Thank you/)
  assert.doesNotMatch(await page.locator('footer').innerText(), /board secretary|assess and lead/)
  await visitor.seen(page, `${name}-thanks`)
  await page.click('a:has-text("See what we have changed so far")')
  await visitor.seen(page, `${name}-you-said-we-did`)
}

test('a patient on a phone without scripts sends a report', async () => {
  const visitor = new Visitor(browser, app, false)
  const page = await visitor.newPage(PHONE)
  await sendReport(visitor, page, 'voice-phone-no-js')
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  assert.ok(width <= PHONE.width, `the page fits the phone's width (${width} px)`)
  assert.deepEqual(visitor.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
  assert.deepEqual(visitor.heavyPages(), [], 'pages over 150 KB on first load')
})

test('a member of staff with scripts on sends a report, and the secretary reads it', async () => {
  const visitor = new Visitor(browser, app, true)
  const page = await visitor.newPage()
  await sendReport(visitor, page, 'voice-desktop')

  const secretary = await visitor.newPage()
  await visitor.signIn(secretary, 'sec@alpha.example')
  await followHeaderLink(secretary, 'User voice')
  assert.match(secretary.url(), /\/orgs\/RAA\/voice$/)
  assert.match(await secretary.locator('main').innerText(), /fewer than 11 responses/)
  await visitor.seen(secretary, 'voice-board')
  await secretary.click('a:has-text("Read the reports")')
  assert.match(await secretary.locator('main').innerText(), /NHS number three times/)
  await visitor.seen(secretary, 'voice-reports')
  // Filtered without scripts by a plain form: the report was a patient's, not staff's.
  await secretary.selectOption('#reporter', 'staff')
  await secretary.click('button:has-text("Show the reports")')
  assert.match(secretary.url(), /reporter=staff/)
  assert.match(await secretary.locator('main').innerText(), /No reports match/)
  await secretary.selectOption('#reporter', 'patient')
  await secretary.fill('#search', 'nhs NUMBER')
  await secretary.click('button:has-text("Show the reports")')
  assert.match(await secretary.locator('main').innerText(), /NHS number three times/)
  await visitor.seen(secretary, 'voice-reports-filtered')
  await secretary.goto(app.url + '/orgs/RAA/voice/poster')
  assert.equal(await secretary.locator('svg.bl-qr').count(), 1)
  await visitor.seen(secretary, 'voice-poster')
  await secretary.goto(app.url + '/orgs/RAA/voice')
  await secretary.click('a:has-text("Add an entry")')
  await secretary.click('button:has-text("Add the entry")')
  assert.ok((await errorSummary(secretary)).length >= 3)
  await visitor.seen(secretary, 'voice-change-errors')
  await secretary.fill('#heard', 'Patients typed their NHS number more than once')
  await secretary.fill('#did', 'The portal now remembers it for the visit')
  await secretary.fill('#done_on', '3')
  await secretary.fill('#done_on-month', '11')
  await secretary.fill('#done_on-year', '2026')
  await secretary.check('input[name=published][value=yes]')
  await secretary.click('button:has-text("Add the entry")')
  assert.match(await secretary.locator('main').innerText(), /Entry saved/)
  await visitor.seen(secretary, 'voice-board-with-entry')
  await page.goto(formUrl + '/you-said-we-did')
  assert.match(await page.locator('main').innerText(), /remembers it for the visit/)
  assert.deepEqual(visitor.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
  assert.deepEqual(visitor.heavyPages(), [], 'pages over 150 KB on first load')
})
