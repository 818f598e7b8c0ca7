// What the README promises a newcomer: with the demo loaded and its printed password, a board
// member answers the open round, and the secretary closes it and reads its results, with the
// previous round and six peer trusts to compare against. Every page passes axe and weighs
// under 150 KB on first load, with a full board's data on it.

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import { Boardlens, PHONE, Visitor, launchBrowser } from './support.mjs'

const app = new Boardlens('demo')
const DOMAIN = '@northfield-valley.nhs.example'
let browser
let visitor
let password

before(async () => {
  const printed = app.cli('demo')
  password = printed.match(/password (\S+)/)[1]
  await app.start()
  browser = await launchBrowser()
  visitor = new Visitor(browser, app, true)
})

after(async () => {
  await browser?.close()
  app.stop()
})

test('a newcomer answers the open demo round and reads its results', async () => {
  const member = await visitor.newPage(PHONE)
  await visitor.signIn(member, 'peter.kowalski' + DOMAIN, password)
  assert.match(member.url(), /\/orgs\/RZZ$/)
  await visitor.seen(member, 'demo-home-member')
  await member.click('a:has-text("Answer the questions")')
  await member.click('a:has-text("Start now")')
  for (let q = 0; q < 8; q += 1) {
    if (q === 0) await visitor.seen(member, 'demo-question')
    await member.check(`input[name=rating][value="${(q % 4) + 2}"]`)
    await member.click('button:has-text("Save and continue")')
  }
  await visitor.seen(member, 'demo-check-answers')
  await member.click('button:has-text("Send answers")')
  await visitor.seen(member, 'demo-confirmation')
  await member.goto(app.url + '/orgs/RZZ')
  await member.click('a:has-text("Results of Summer 2026 board self-assessment")')
  await visitor.seen(member, 'demo-results-member-phone')
  assert.match(await member.locator('main').innerText(), /Answered by\s+14 members/)

  const secretary = await visitor.newPage()
  await visitor.signIn(secretary, 'board.secretary' + DOMAIN, password)
  await visitor.seen(secretary, 'demo-home-secretary')
  assert.match(await secretary.locator('main').innerText(),
    /9 of 14 board members have answered every question/)
  await secretary.click('a:has-text("Track completion and close the round")')
  await visitor.seen(secretary, 'demo-tracker')
  await secretary.click('a:has-text("Close the round")')
  assert.match(await secretary.locator('main').innerText(), /have not answered every question/)
  await visitor.seen(secretary, 'demo-close-question')
  await secretary.click('button:has-text("Yes, close the round")')
  assert.match(secretary.url(), /\/results$/)
  await visitor.seen(secretary, 'demo-results')
  const main = await secretary.locator('main').innerText()
  assert.match(main, /Answered by\s+9 members/)
  const overview = secretary.locator('table', { hasText: 'Mean rating of each item' })
  assert.deepEqual(await overview.locator('thead th').allInnerTexts(),
    ['Item', 'This round', 'Previous round', 'Change'])
  assert.equal(await overview.locator('tbody tr').count(), 8)
  const peers = secretary.locator('table', { hasText: 'Standing among peer organisations' })
  assert.match(await peers.locator('tbody tr').first().innerText(), /\b6\b/, 'six peer trusts')

  await secretary.click('a:has-text("Board members")')
  await visitor.seen(secretary, 'demo-members')
  await secretary.click('a:has-text("Assessment rounds")')
  await visitor.seen(secretary, 'demo-rounds')

  assert.deepEqual(visitor.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
  assert.deepEqual(visitor.heavyPages(), [], 'pages over 150 KB on first load')
})
