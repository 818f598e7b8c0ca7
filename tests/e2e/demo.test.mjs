// What the README promises a newcomer: with the demo loaded and its printed password, a board
// member answers the open round, and the secretary closes it and reads its results, with the
// previous round and six peer trusts to compare against. Every page passes axe and weighs
// under 150 KB on first load, with a full board's data on it.

import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'

import { Boardlens, PHONE, Visitor, followHeaderLink, launchBrowser, loadDemo } from './support.mjs'

const app = new Boardlens('demo')
const DOMAIN = '@northfield-valley.nhs.example'
let browser
let visitor
let password

before(async () => {
  const printed = loadDemo(app)
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
  await visitor.signInOnce(member, 'peter.kowalski' + DOMAIN, password)
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
  await visitor.signInOnce(secretary, 'board.secretary' + DOMAIN, password)
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
  assert.match(await peers.locator('tbody tr').first().innerText(),
    /(Higher|Lower) than .*\b6 peers/, 'six peer trusts, the standing in words')
  assert.match(main, /Here there are 6 other organisations, all trusts\. They are never named\./)

  await followHeaderLink(secretary, 'Board members')
  await visitor.seen(secretary, 'demo-members')
  await followHeaderLink(secretary, 'Assessment rounds')
  await visitor.seen(secretary, 'demo-rounds')

  assert.deepEqual(visitor.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
  assert.deepEqual(visitor.heavyPages(), [], 'pages over 150 KB on first load')
})

/**
 * Each chart on the page: its id, the smallest text in it as drawn (CSS px), the size of
 * each dot, the dots and their key, and the answers its table counts.
 */
async function charts (page) {
  return page.evaluate(() => [...document.querySelectorAll('svg.bl-chart')].map((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width
    const texts = [...svg.querySelectorAll('text')]
    const dots = [...svg.querySelectorAll('circle, polygon[fill]:not([fill=none])')]
    const table = svg.closest('.bl-chart-pair').querySelector('table')
    // Every cell after the first (the answer) of every row.
    const counted = [...table.querySelectorAll('tbody tr')]
      .flatMap((tr) => [...tr.querySelectorAll('td')].slice(1))
      .map((td) => Number(td.textContent.match(/(\d+)\s*$/)?.[1] ?? 0))
    return {
      id: svg.querySelector('title').id.replace(/-title$/, ''),
      smallestText: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
      dotSizes: dots.map((d) => Math.round(d.getBoundingClientRect().width)),
      dots: dots.length,
      labels: texts.map((t) => t.textContent),
      answers: counted.reduce((a, b) => a + b, 0),
    }
  }))
}

test('results read on a phone, show who does not know and split by membership on request',
  async () => {
    // Scripts off: the split is a plain link.
    const plain = new Visitor(browser, app, false)
    const page = await plain.newPage(PHONE)
    await plain.signInOnce(page, 'board.secretary' + DOMAIN, password)
    await page.goto(app.url + '/orgs/RZZ/rounds/2/results')
    await plain.seen(page, 'demo-results-phone')
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390),
      'nothing wider than the phone')
    const whole = await charts(page)
    for (const chart of whole) {
      assert.ok(chart.smallestText >= 12, `${chart.id}: text ${chart.smallestText} px at 390 wide`)
    }
    const plots = whole.filter((c) => c.id.startsWith('dots-'))
    assert.equal(plots.length, 8)
    for (const plot of plots) {
      assert.ok(plot.labels.includes("Don't know"), `${plot.id} shows don't know`)
      assert.equal(plot.dots, plot.answers, `${plot.id}: a dot for every answer in its table`)
    }
    assert.equal(new Set(plots.flatMap((p) => p.dotSizes)).size, 1, 'one dot size in every plot')

    await page.click('a:has-text("Show executives and non-executives separately")')
    assert.match(page.url(), /[?]by=membership#spread$/)
    await plain.seen(page, 'demo-results-split-phone')
    const split = (await charts(page)).filter((c) => c.id.startsWith('dots-'))
    for (const plot of split) {
      assert.ok(plot.labels.includes('Executives') && plot.labels.includes('Non-executives'),
        `${plot.id} has a key`)
      assert.equal(plot.dots, plot.answers + 2, `${plot.id}: a dot per answer and two in the key`)
    }
    await page.click('a:has-text("Show the whole board together")')
    assert.doesNotMatch(page.url(), /by=membership/)

    assert.deepEqual(plain.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
    assert.deepEqual(plain.heavyPages(), [], 'pages over 150 KB on first load')
  })

test('after the results: the trend, an agreed action and the digital lead\'s response', async () => {
  // Scripts on at desktop width, then off on a phone: every new page passes axe both ways.
  for (const [scripts, viewport, tag] of [[true, undefined, 'desktop'], [false, PHONE, 'phone']]) {
    const who = new Visitor(browser, app, scripts)
    const sec = await who.newPage(viewport)
    await who.signInOnce(sec, 'board.secretary' + DOMAIN, password)
    await sec.goto(app.url + '/orgs/RZZ/trend')
    await who.seen(sec, `demo-trend-${tag}`)
    assert.equal(await sec.locator('svg.bl-chart').count(), 8, 'a chart an item')
    assert.match(await sec.locator('main').innerText(), /Change since the first round/)

    await sec.goto(app.url + '/orgs/RZZ/actions')
    await who.seen(sec, `demo-actions-${tag}`)
    assert.match(await sec.locator('main').innerText(), /Overdue/)
    await sec.goto(app.url + '/orgs/RZZ/rounds/2/results')
    await sec.click('a:has-text("Record an action on Users")')
    await sec.click('button:has-text("Record the action")')
    await who.seen(sec, `demo-action-errors-${tag}`)
    assert.equal(await sec.locator('.nhsuk-error-summary li').count(), 3, 'every problem at once')
    await sec.fill('#title', `Show the board the patient portal in use (${tag})`)
    await sec.selectOption('#owner', { label: 'Omar Siddiqui, Chief Digital and Information Officer' })
    await sec.fill('#due_on', '31')
    await sec.fill('#due_on-month', '3')
    await sec.fill('#due_on-year', '2099')
    await sec.click('button:has-text("Record the action")')
    assert.match(await sec.locator('main').innerText(), /Action recorded/)
    assert.match(sec.url(), /\/rounds\/2\/results\?done=action#actions$/, 'back to the results')

    await sec.goto(app.url + '/orgs/RZZ/rounds/2/response/responder')
    await who.seen(sec, `demo-responder-${tag}`)
    await sec.selectOption('#responder', { label: 'Omar Siddiqui, Chief Digital and Information Officer' })
    await sec.click('button:has-text("Save")')
    assert.match(await sec.locator('#response').evaluate((h) => h.parentElement.innerText),
      /Omar Siddiqui has been asked to respond|We will/)

    const lead = await who.newPage(viewport)
    await who.signInOnce(lead, 'omar.siddiqui' + DOMAIN, password)
    await lead.goto(app.url + '/orgs/RZZ/rounds/2/response')
    await who.seen(lead, `demo-response-form-${tag}`)
    await lead.fill('#response', `We will show the board the portal in use by March (${tag}).`)
    await lead.click('button:has-text("Save")')
    await who.seen(lead, `demo-response-results-${tag}`)
    assert.match(await lead.locator('main').innerText(), new RegExp(`in use by March \\(${tag}\\)`))

    // A round from draft to deleted: each step that cannot be undone asks first.
    await sec.goto(app.url + '/orgs/RZZ/rounds/new')
    await sec.fill('#title', `Spare round (${tag})`)
    await sec.check('input[name=framework][value="nhs-digital-boards"]')
    await sec.click('button:has-text("Create round")')
    await sec.fill('#closes_by', '1')
    await sec.fill('#closes_by-month', '1')
    await sec.fill('#closes_by-year', '2020')
    await sec.click('button:has-text("Open the round")')
    assert.match((await sec.locator('.nhsuk-error-summary').innerText()), /today or later/)
    await sec.fill('#closes_by-year', '2099')
    await sec.click('button:has-text("Open the round")')
    assert.match(await sec.locator('main').innerText(), /Answer by\s+1 January 2099/)
    await sec.click('a:has-text("Change")')
    await who.seen(sec, `demo-deadline-${tag}`)
    await sec.click('a:has-text("Back to the round")')
    await sec.click('a:has-text("Close the round")')
    await who.seen(sec, `demo-close-nobody-${tag}`)
    assert.match(await sec.locator('h1').innerText(), /Nobody has answered this round/)
    await sec.click('a:has-text("Withdraw the round")')
    await who.seen(sec, `demo-withdraw-${tag}`)
    await sec.click('button:has-text("Yes, withdraw the round")')
    await sec.click('a:has-text("Delete this round")')
    await who.seen(sec, `demo-delete-${tag}`)
    await sec.click('button:has-text("Yes, delete the round")')
    assert.match(await sec.locator('main').innerText(), /Round deleted/)

    const stranger = await who.newPage(viewport)
    await stranger.goto(app.url + '/forgot-password')
    await who.seen(stranger, `demo-forgot-password-${tag}`)

    assert.deepEqual(who.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
    assert.deepEqual(who.heavyPages(), [], 'pages over 150 KB on first load')
  }
})
