// What the board reads, hears and sees in the demo (issue 21): what needs the board on the home
// page, the board pack on screen and its public version, the assurance page with its gaps, and
// observations, as a non-executive records one (a form sent with mistakes first) and finds their
// unshared draft, and as the secretary asks the board to see a service and issues the pack. Every page passes axe, with scripts on at desktop width and off on a
// phone, and nothing is wider than the phone.

import assert from 'node:assert/strict'
import { test } from 'node:test'

import { DEMO_DOMAIN, demoForTests, fitsWidth, mainText, PHONE, Visitor } from './support.mjs'

const demo = demoForTests('assurance')
const { app } = demo

test('the assurance page, observations, a form with mistakes, a draft and a request', async () => {
  for (const [scripts, viewport, tag] of [[true, undefined, 'desktop'], [false, PHONE, 'phone']]) {
    const who = new Visitor(demo.browser, app, scripts)
    const ned = await who.newPage(viewport)
    await who.signInOnce(ned, 'peter.kowalski' + DEMO_DOMAIN, demo.password)

    // The home page leads with what needs the board, each line linking to its evidence.
    await ned.goto(app.url + '/orgs/RZZ')
    await who.seen(ned, `home-briefing-${tag}`)
    const brief = ned.locator('section.bl-brief')
    assert.match(await brief.innerText(), /Alert[\s\S]*Advise[\s\S]*Assure/)
    assert.match(await brief.innerText(), /Questions the board should ask next/)
    assert.ok(await fitsWidth(ned), 'the home page fits the screen')
    await brief.locator('a:has-text("Assurance gap: Patient portal")').click()
    assert.match(ned.url(), /\/orgs\/RZZ\/assurance\/gaps\/heard:service:\d+$/)
    await ned.goto(app.url + '/orgs/RZZ/briefing')
    await who.seen(ned, `briefing-${tag}`)

    // The board pack's page names its sections and offers the PDF; only the secretary issues.
    await ned.goto(app.url + '/orgs/RZZ/pack')
    await who.seen(ned, `pack-${tag}`)
    assert.match(await mainText(ned), /What needs the board[\s\S]*Actions log/)
    assert.equal(await ned.locator('a[href="/orgs/RZZ/pack.pdf"]').count(), 1)
    assert.equal(await ned.locator('button:has-text("Issue the pack")').count(), 0)
    // On screen, a page a section, led by a contents list and joined by previous and next.
    await ned.click('a:has-text("Read the pack on screen")')
    await who.seen(ned, `pack-cover-${tag}`)
    assert.equal(await ned.locator('.nhsuk-contents-list__item').count(), 9)
    await ned.click('.nhsuk-contents-list a:has-text("Services and their measures")')
    await who.seen(ned, `pack-services-${tag}`)
    assert.ok(await ned.locator('.bl-pack svg.bl-chart').count() >= 3, 'charts to act on')
    assert.ok(await fitsWidth(ned), 'the services part fits the screen')
    await ned.click('.nhsuk-pagination__link--next')
    assert.match(ned.url(), /\/pack\/board\/user-voice$/)
    await ned.goto(app.url + '/orgs/RZZ/pack/board/risks')
    await who.seen(ned, `pack-risks-${tag}`)
    assert.match(await mainText(ned), /Board Assurance Framework extract/)
    assert.ok(await fitsWidth(ned), 'the risks part fits the screen')
    await ned.goto(app.url + '/orgs/RZZ/pack/public/what-needs-the-board')
    await who.seen(ned, `pack-public-${tag}`)
    assert.doesNotMatch(await ned.locator('.bl-pack').innerText(), /Omar Siddiqui/)

    await ned.goto(app.url + '/orgs/RZZ/assurance')
    await who.seen(ned, `assurance-${tag}`)
    const assurance = await mainText(ned)
    assert.match(assurance, /5 assurance gaps/)
    assert.match(assurance, /Virtual wards: the papers are positive, but board members saw it work poorly/)
    assert.match(assurance, /"Barriers users face" is recorded as not started/)
    assert.equal(await ned.locator('.bl-gap').count(), 5)
    assert.ok(await fitsWidth(ned), 'the assurance page fits the screen')
    // Each theme of the self-assessment leads to its evidence in the registers.
    await ned.locator('table:has-text("where its evidence lies") a:has-text("User voice")').first().click()
    assert.match(ned.url(), /\/orgs\/RZZ\/voice$/)

    await ned.goto(app.url + '/orgs/RZZ/observations')
    await who.seen(ned, `observations-list-${tag}`)
    const list = await mainText(ned)
    assert.match(list, /Outpatient video consultations, before the meeting on/)
    // Their own draft, which only they see, and the six the board has shared.
    assert.equal(await ned.locator('table:has-text("not yet shared") tbody tr').count(),
      scripts ? 1 : 2) // the desktop pass below leaves one more draft for the phone's
    assert.equal(await ned.locator('table:has-text("shared with the board") tbody tr').count(),
      6)
    assert.ok(await fitsWidth(ned), 'the list fits the screen')

    await ned.click('a:has-text("Record an observation")')
    await who.seen(ned, `observations-new-${tag}`)
    await ned.fill('#observed_on', '31')
    await ned.fill('#observed_on-month', '2')
    await ned.click('button:has-text("Save the observation")')
    await who.seen(ned, `observations-new-errors-${tag}`)
    const summary = ned.locator('.nhsuk-error-summary')
    assert.match(await summary.innerText(), /Choose the service or programme you saw/)
    assert.match(await summary.innerText(), /must be a real date/)
    assert.match(await summary.innerText(), /Enter where you saw it/)
    assert.ok(await fitsWidth(ned), 'the form fits the screen')

    await ned.selectOption('#subject', { label: 'Service: Bed management' })
    const today = new Date()
    await ned.fill('#observed_on', String(today.getUTCDate()))
    await ned.fill('#observed_on-month', String(today.getUTCMonth() + 1))
    await ned.fill('#observed_on-year', String(today.getUTCFullYear()))
    await ned.check('input[name="occasion"][value="walk_round"]')
    await ned.fill('#place', 'Patient flow hub')
    await ned.check('input[name="rating"][value="3"]')
    await ned.check('input[name="shared"][value="no"]')
    await ned.click('button:has-text("Save the observation")')
    await who.seen(ned, `observations-saved-${tag}`)
    assert.match(await mainText(ned), /Observation saved/)
    assert.match(await mainText(ned), /Only you/)
    assert.equal(await ned.locator('a:has-text("Change it")').count(), 1)

    // The secretary is not on the board: they read what is shared and ask for more.
    const sec = await who.newPage(viewport)
    await who.signInOnce(sec, 'board.secretary' + DEMO_DOMAIN, demo.password)
    await sec.goto(app.url + '/orgs/RZZ/observations')
    assert.equal(await sec.locator('a:has-text("Record an observation")').count(), 0)
    assert.doesNotMatch(await mainText(sec), /Patient flow hub|Hillside GP practice/)
    await sec.locator('table:has-text("shared with the board") tbody tr a').first().click()
    await who.seen(sec, `observations-one-${tag}`)
    assert.match(await mainText(sec), /How well it worked for its users/)
    assert.equal(await sec.locator('a:has-text("Change it")').count(), 0)

    await sec.goto(app.url + '/orgs/RZZ/observations')
    await sec.click('a:has-text("Ask the board to see a service")')
    await who.seen(sec, `observations-request-${tag}`)
    await sec.click('button:has-text("Send the request")')
    await who.seen(sec, `observations-request-errors-${tag}`)
    assert.match(await sec.locator('.nhsuk-error-summary').innerText(),
      /Choose the service board members should see/)

    // The secretary issues the pack for the next meeting: a date typed wrong first.
    await sec.goto(app.url + '/orgs/RZZ/pack')
    await sec.fill('#meeting_on', '31')
    await sec.fill('#meeting_on-month', '2')
    await sec.fill('#meeting_on-year', String(today.getUTCFullYear() + 1))
    await sec.click('button:has-text("Issue the pack")')
    await who.seen(sec, `pack-issue-errors-${tag}`)
    assert.match(await sec.locator('.nhsuk-error-summary').innerText(), /must be a real date/)
    const meeting = new Date(today.getTime() + 14 * 86400000)
    await sec.fill('#meeting_on', String(meeting.getUTCDate()))
    await sec.fill('#meeting_on-month', String(meeting.getUTCMonth() + 1))
    await sec.fill('#meeting_on-year', String(meeting.getUTCFullYear()))
    await sec.check(`input[name="audience"][value="${scripts ? 'board' : 'public'}"]`)
    await sec.click('button:has-text("Issue the pack")')
    await who.seen(sec, `pack-issued-${tag}`)
    assert.match(await mainText(sec), /Pack issued/)
    const issued = sec.locator('table:has-text("Packs issued for meetings") tbody tr')
    assert.equal(await issued.count(), scripts ? 1 : 2)
    assert.match(await issued.first().innerText(), /[0-9a-f]{64}/)
    assert.match(await issued.first().innerText(), scripts ? /For the board/ : /Public/)
    assert.ok(await fitsWidth(sec), 'the issued packs fit the screen')

    assert.deepEqual(who.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
    assert.deepEqual(who.heavyPages(), [], 'pages over 150 KB on first load')
  }
})
