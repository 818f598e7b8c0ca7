// The core journey in a real browser: a secretary sets up the board and a round, three
// members answer it (one on a phone-sized screen), the secretary closes it and the results
// show the numbers DESIGN.md defines. Run with JavaScript on and off (E2E_JAVASCRIPT=off).
// Every page is checked with axe and photographed, and every page reached by GET is weighed
// as a first load with an empty cache.

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import { Boardlens, DESKTOP, PASSWORD, PHONE, Visitor, errorSummary, followHeaderLink, launchBrowser } from './support.mjs'

const javascript = process.env.E2E_JAVASCRIPT !== 'off'
const app = new Boardlens(javascript ? 'journey-js' : 'journey-no-js')

// Ratings for the five litmus tests, in framework order; null is "I don't know". The first two
// have accounts from the operator; the third joins through the secretary's invitation link.
const MEMBERS = [
  { name: 'Ada Khan', email: 'ada.khan@test.example', job: 'Chief Executive', membership: 'executive', ratings: [1, 3, 4, null, 5] },
  { name: 'Ben Hughes', email: 'ben.hughes@test.example', job: 'Non-executive Director', membership: 'non-executive', ratings: [3, 3, 2, null, 4] },
  { name: 'Cara Jones', email: 'cara.jones@test.example', job: 'Vice Chair', membership: 'non-executive', ratings: [5, 3, 3, 2, null] },
]
const SECRETARY = 'secretary@test.example'

let browser
let visitor

before(async () => {
  app.cli('migrate')
  app.cli('org', 'add', '--ods', 'RXT', '--name', 'Test Valley NHS Trust', '--kind', 'trust')
  app.cli('user', 'add', '--email', SECRETARY, '--name', 'Sam Okoro', '--password', PASSWORD,
    '--org', 'RXT', '--role', 'secretary')
  for (const m of MEMBERS.slice(0, 2)) {
    app.cli('user', 'add', '--email', m.email, '--name', m.name, '--password', PASSWORD,
      '--org', 'RXT', '--role', 'member')
  }
  await app.start()
  browser = await launchBrowser()
  visitor = new Visitor(browser, app, javascript)
})

after(async () => {
  await browser?.close()
  app.stop()
})

const newPage = (viewport) => visitor.newPage(viewport)
const seen = (page, name) => visitor.seen(page, name)

async function signIn (page, email) {
  await visitor.signIn(page, email)
  assert.match(page.url(), /\/orgs\/RXT$/)
}

/** Types a date into the close form's three boxes and sends it. */
async function closingDate (page, day, month, year) {
  await page.fill('#closed_on', day)
  await page.fill('#closed_on-month', month)
  await page.fill('#closed_on-year', year)
  await page.click('button:has-text("Yes, close the round")')
}

/** Follows an invitation link: a mismatched password first, then an account, once only. */
async function join (page, link) {
  await page.goto(link)
  await seen(page, 'join')
  await page.fill('#password', PASSWORD)
  await page.fill('#confirm_password', 'not the same password')
  await page.click('button:has-text("Accept the invitation")')
  assert.deepEqual(await errorSummary(page), ['Type the same password twice'])
  await seen(page, 'join-errors')
  await page.fill('#password', PASSWORD)
  await page.fill('#confirm_password', PASSWORD)
  await page.click('button:has-text("Accept the invitation")')
  assert.match(page.url(), /\/orgs\/RXT\?done=joined$/)
  assert.match(await page.locator('.nhsuk-notification-banner').innerText(), /Your account is ready/)

  const other = await newPage()
  assert.equal((await other.goto(link)).status(), 404, 'a link works once')
  assert.equal(await other.locator('h1').innerText(), 'This invitation link does not work')
  await seen(other, 'invitation-used')
  await other.context().close()
}

function mean (values) {
  return values.reduce((a, b) => a + b, 0) / values.length
}

test('a secretary, three members and a closed round, in the browser', async () => {
  // Sign in, with the validation the design system asks for.
  const sec = await newPage()
  await sec.goto(app.url + '/')
  await seen(sec, 'sign-in')
  await sec.click('button:has-text("Sign in")')
  assert.deepEqual(await errorSummary(sec), ['Enter your email address', 'Enter your password'])
  assert.equal(await sec.title(), 'Error: Sign in – boardlens')
  await seen(sec, 'sign-in-errors')
  await sec.fill('#email', SECRETARY)
  await sec.fill('#password', 'not the password')
  await sec.click('button:has-text("Sign in")')
  assert.deepEqual(await errorSummary(sec), ['The email address or password is not right'])
  assert.equal(await sec.inputValue('#email'), SECRETARY, 'the email typed is kept')
  await sec.fill('#password', PASSWORD)
  await sec.click('button:has-text("Sign in")')
  assert.match(sec.url(), /\/orgs\/RXT$/)
  await seen(sec, 'home-secretary-empty')

  // Board members: an incomplete form, then three members and a correction.
  await followHeaderLink(sec, 'Board members')
  await seen(sec, 'members-empty')
  await sec.click('a:has-text("Add a board member")')
  await sec.fill('#name', 'Ada Khan')
  await sec.click('button:has-text("Add board member")')
  assert.deepEqual(await errorSummary(sec), ['Enter their email address', 'Enter their job title',
    'Select executive or non-executive', 'Select whether they vote'])
  assert.equal(await sec.inputValue('#name'), 'Ada Khan')
  await seen(sec, 'member-add-errors')
  for (const [i, m] of MEMBERS.entries()) {
    if (i > 0) await sec.click('a:has-text("Add a board member")')
    await sec.fill('#name', m.name)
    await sec.fill('#email', m.email)
    await sec.fill('#job_title', i === 2 ? 'Chair' : m.job)
    await sec.check(`input[name=membership][value=${m.membership}]`)
    await sec.check('input[name=voting][value=yes]')
    await sec.click('button:has-text("Add board member")')
    assert.match(await sec.locator('.nhsuk-notification-banner').innerText(), /Board member saved/)
  }
  await seen(sec, 'members')
  await sec.click('a:has-text("Change Cara Jones")')
  await seen(sec, 'member-change')
  await sec.fill('#job_title', 'Vice Chair')
  await sec.click('button:has-text("Save changes")')
  assert.equal(await sec.locator('tr', { hasText: 'Cara Jones' }).locator('td').nth(1).innerText(),
    'Vice Chair')

  // Cara has no account: the secretary makes her an invitation link.
  assert.match(await sec.locator('tr', { hasText: 'Ada Khan' }).innerText(), /Can sign in/)
  assert.match(await sec.locator('tr', { hasText: 'Cara Jones' }).innerText(), /Not invited/)
  await sec.click('a:has-text("Invite Cara Jones")')
  await seen(sec, 'member-invite')
  await sec.click('button:has-text("Make an invitation link")')
  const invitation = await sec.locator('#invitation-link').innerText()
  assert.match(invitation, new RegExp('^' + app.url + '/join/[A-Za-z0-9_-]{40,}$'))
  await seen(sec, 'invitation-link')
  await sec.click('a:has-text("Back to board members")')
  assert.match(await sec.locator('tr', { hasText: 'Cara Jones' }).innerText(), /Invited, link works until/)

  // A round: refused without a title, then created and opened.
  await sec.click('a:has-text("Assessment rounds")')
  await seen(sec, 'rounds-empty')
  await sec.click('a:has-text("Create a new round")')
  await sec.check('input[name=framework][value=digital-litmus-tests]')
  await sec.click('button:has-text("Create round")')
  assert.deepEqual(await errorSummary(sec), ['Enter a title for the round'])
  assert.ok(await sec.isChecked('input[name=framework][value=digital-litmus-tests]'),
    'the framework chosen is kept')
  await seen(sec, 'round-create-errors')
  await sec.fill('#title', 'Winter 2026 board self-assessment')
  await sec.click('button:has-text("Create round")')
  await seen(sec, 'round-draft')
  await sec.click('button:has-text("Open the round")')
  assert.match(await sec.locator('.nhsuk-notification-banner').innerText(), /Round opened/)
  assert.match(await sec.locator('main').innerText(), /0 of 3 board members have answered/)
  await seen(sec, 'round-open-tracker')
  const roundUrl = sec.url().replace(/\?.*$/, '')

  // Three members answer; the second on a phone-sized screen.
  for (const [i, m] of MEMBERS.entries()) {
    const page = await newPage(i === 1 ? PHONE : DESKTOP)
    const tag = i === 1 ? '-phone' : ''
    if (i === 2) await join(page, invitation)
    else await signIn(page, m.email)
    if (i < 2) await seen(page, 'home-member' + tag)
    await page.click('a:has-text("Answer the questions")')
    if (i < 2) await seen(page, 'questionnaire-start' + tag)
    await page.click('a:has-text("Start now")')
    for (const [q, rating] of m.ratings.entries()) {
      if (i === 0 && q === 0) {
        await page.click('button:has-text("Save and continue")')
        assert.deepEqual(await errorSummary(page),
          ['Select the level that describes the board, or "I don\'t know"'])
        await seen(page, 'question-errors')
      }
      if (i < 2 && q === 0) await seen(page, 'question' + tag)
      await page.check(`input[name=rating][value="${rating === null ? 'dk' : rating}"]`)
      if (q === 0) await page.fill('#evidence', `Seen at the board seminar <script>alert(${i})</script>`)
      await page.click('button:has-text("Save and continue")')
    }
    assert.match(page.url(), /\/check-answers$/)
    if (i < 2) await seen(page, 'check-answers' + tag)
    const summary = await page.locator('.nhsuk-summary-list').innerText()
    assert.match(summary, /<script>alert/, 'evidence is shown as text, never run')
    await page.click('button:has-text("Send answers")')
    assert.match(await page.locator('h1').innerText(), /Answers sent/)
    if (i < 2) await seen(page, 'confirmation' + tag)
    await page.context().close()
  }

  // The secretary sees who has answered, never what, and closes the round.
  await sec.goto(roundUrl)
  const tracker = await sec.locator('main').innerText()
  assert.match(tracker, /3 of 3 board members have answered every question/)
  assert.doesNotMatch(tracker, /board seminar/, 'the secretary never sees an answer')
  await seen(sec, 'round-complete-tracker')
  // Closing asks first. The date comes as the design system's three boxes, left empty for
  // today; the round opened today, so no earlier date will do.
  await sec.click('a:has-text("Close the round")')
  assert.match(await sec.locator('h1').innerText(), /Are you sure you want to close this round/)
  assert.deepEqual([await sec.inputValue('#closed_on'), await sec.inputValue('#closed_on-month'),
    await sec.inputValue('#closed_on-year')], ['', '', ''])
  await seen(sec, 'round-close-question')
  await closingDate(sec, '', '2', '')
  assert.deepEqual(await errorSummary(sec),
    ['The date the round closed must include a day and year'])
  await closingDate(sec, '30', '2', '2026')
  assert.deepEqual(await errorSummary(sec), ['The date the round closed must be a real date'])
  assert.equal(await sec.inputValue('#closed_on'), '30', 'what was typed stays')
  await seen(sec, 'round-close-errors')
  await closingDate(sec, '1', '1', String(new Date().getUTCFullYear() + 1))
  assert.deepEqual(await errorSummary(sec),
    ['The date the round closed must be today or in the past'])
  await closingDate(sec, '20', '11', '2025')
  assert.match((await errorSummary(sec))[0], /must be on or after the day it opened/)
  await closingDate(sec, '', '', '')
  assert.match(sec.url(), /\/results$/)
  await seen(sec, 'results')

  // The numbers, computed here from the ratings entered above.
  const means = [0, 1, 2, 3, 4].map((q) => {
    const ratings = MEMBERS.map((m) => m.ratings[q]).filter((r) => r !== null)
    return ratings.length >= 3 ? mean(ratings) : null
  })
  const table = sec.locator('table', { hasText: 'Mean rating of each item' })
  const rows = table.locator('tbody tr')
  assert.equal(await rows.count(), 5)
  for (const [q, expected] of means.entries()) {
    const cell = await rows.nth(q).locator('td').nth(1).innerText()
    if (expected === null) assert.match(cell, /Not shown: fewer than 3 ratings/)
    else assert.equal(cell.trim(), expected.toFixed(1))
  }
  const overall = mean(means.filter((m) => m !== null))
  const main = await sec.locator('main').innerText()
  assert.match(main, new RegExp(`Overall score\\s+${overall.toFixed(1)}`))
  assert.match(main, /3 members \(1 executive, 2 non-executive\)/)
  assert.match(main, /Views differ: they run from 1 to 5: 1 member rates it 1 and 1 member rates it 5/,
    'leadership is rated 1, 3 and 5')
  assert.match(main, /Blind spot: 67%/, 'two of three do not know about the operating model')
  assert.equal(await sec.locator('svg.bl-chart[role=img] title').count(), 1 + 3,
    'a radar and one dot plot per item with enough ratings')

  // The framework browser and account settings.
  await followHeaderLink(sec, 'Frameworks')
  await seen(sec, 'frameworks')
  await sec.click('a:has-text("Litmus tests of a digital organisation")')
  await seen(sec, 'framework')
  await followHeaderLink(sec, 'Your account')
  await seen(sec, 'account')
  await sec.fill('#current_password', PASSWORD)
  await sec.fill('#new_password', 'a brand new passphrase')
  await sec.fill('#confirm_password', 'a different passphrase')
  await sec.click('button:has-text("Change password")')
  assert.deepEqual(await errorSummary(sec), ['Type the same new password twice'])
  await seen(sec, 'account-errors')

  // An API token: shown once, listed by name, revoked after a question.
  await sec.fill('#name', 'Quarterly board pack')
  await sec.click('button:has-text("Create a token")')
  const token = await sec.locator('code.bl-token').innerText()
  assert.match(token, /^[A-Za-z0-9_-]{43}$/)
  await seen(sec, 'account-token')
  await sec.click('a:has-text("Revoke")')
  assert.equal(await sec.locator('h1').innerText(), 'Revoke the token for Quarterly board pack?')
  await seen(sec, 'token-revoke')
  await sec.click('button:has-text("Revoke the token")')
  assert.match(await sec.locator('.nhsuk-notification-banner').innerText(), /Token revoked/)
  assert.match(await sec.locator('main').innerText(), /You have no API tokens/)

  // A page that is not there says so in the service's own words.
  const missing = await sec.goto(app.url + '/orgs/RXT/rounds/999')
  assert.equal(missing.status(), 404)
  assert.equal(await sec.locator('h1').innerText(), 'Page not found')
  await seen(sec, 'not-found')

  // The service's own pages, from the footer of every page, read as any other page.
  for (const [link, name] of [['Accessibility statement', 'accessibility'],
    ['Privacy notice', 'privacy'], ['Cookies', 'cookies'], ['Contact us', 'contact']]) {
    await sec.click(`footer a:has-text("${link}")`)
    assert.equal(await sec.locator('h1').innerText(), link)
    await seen(sec, name)
  }

  // Signing out ends the session: its pages send you back to sign in.
  await sec.click('button:has-text("Sign out")')
  assert.match(await sec.locator('main').innerText(), /You have signed out/)
  await sec.goto(roundUrl)
  assert.match(sec.url(), /\/sign-in\?next=/)
  await sec.context().close()

  assert.deepEqual(visitor.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
  assert.ok(visitor.weights.length >= 20, 'most pages were weighed')
  assert.deepEqual(visitor.heavyPages(), [], 'pages over 150 KB on first load')
})
