// The strategy and the portfolio in the demo (issue 12): the strategy with its two checks and
// their guidance, what changed since the board approved it, a bad save showing the error
// summary, the portfolio with its flags, a programme's year of delivery confidence and a
// benefit's Making Data Count chart. Every page passes axe, with scripts on at desktop width
// and off on a phone, and nothing is wider than the phone.

import assert from 'node:assert/strict'
import { test } from 'node:test'

import {
  DEMO_DOMAIN, demoForTests, fitsWidth, followHeaderLink, mainText, PHONE, Visitor,
} from './support.mjs'

const demo = demoForTests('strategy')
const { app } = demo

test('the strategy, its checks, the portfolio and a benefit chart', async () => {
  for (const [scripts, viewport, tag] of [[true, undefined, 'desktop'], [false, PHONE, 'phone']]) {
    const who = new Visitor(demo.browser, app, scripts)
    const lead = await who.newPage(viewport)
    await who.signInOnce(lead, 'omar.siddiqui' + DEMO_DOMAIN, demo.password)

    // The home page names the strategy's checks; the strategy page says what to do.
    await lead.goto(app.url + '/orgs/RZZ')
    assert.match(await mainText(lead), /2 checks need attention/)
    await lead.click('a:has-text("See the strategy")')
    await who.seen(lead, `strategy-${tag}`)
    const strategy = await mainText(lead)
    assert.match(strategy, /5 priorities are marked top/)
    assert.match(strategy, /no revenue for running costs: Shared care record/)
    assert.match(strategy, /Creating an effective digital strategy/)
    assert.match(strategy, /Building and enabling digital teams/)
    assert.equal(await lead.locator('strong.nhsuk-tag:has-text("Top priority")').count(), 5)
    assert.ok(await fitsWidth(lead), 'the strategy fits the screen')

    await lead.click('a:has-text("What changed since the board last approved it")')
    await who.seen(lead, `strategy-changes-${tag}`)
    const changes = await mainText(lead)
    assert.match(changes, /The board approved version 1/)
    assert.match(changes, /Pilot unproven AI tools on the wards/)
    await lead.goto(app.url + '/orgs/RZZ/strategy/versions')
    await who.seen(lead, `strategy-versions-${tag}`)

    // A bad save: every problem at once, in the error summary, and nothing saved.
    await lead.goto(app.url + '/orgs/RZZ/strategy/edit')
    await who.seen(lead, `strategy-edit-${tag}`)
    await lead.fill('#vision', '')
    await lead.fill('#horizon_end', '20x9')
    await lead.fill('#system_url', 'ics.example')
    await lead.click('button:has-text("Save the strategy")')
    await who.seen(lead, `strategy-edit-errors-${tag}`)
    assert.equal(await lead.locator('.nhsuk-error-summary li').count(), 3, 'every problem at once')
    await lead.goto(app.url + '/orgs/RZZ/strategy/versions')
    assert.match(await mainText(lead), /Every save of the strategy/)
    assert.equal(await lead.locator('tbody tr').count(), 2, 'nothing saved')

    // The portfolio, a programme's year of ratings and a benefit's chart.
    // The header leads to the portfolio, as to the strategy, and still to "Your account".
    await lead.goto(app.url + '/orgs/RZZ/strategy')
    await followHeaderLink(lead, 'Portfolio')
    await who.seen(lead, `portfolio-${tag}`)
    assert.match(await mainText(lead), /No revenue for running costs/)
    assert.ok(await fitsWidth(lead), 'the portfolio fits the screen')
    // A programme's name and its kind read as two lines, on a phone's cards too.
    const first = lead.locator('tbody tr').first().locator('td').first()
    const name = await first.locator('a').boundingBox()
    const kind = await first.locator('span.nhsuk-body-s').first().boundingBox()
    assert.ok(kind.y >= name.y + name.height - 1, 'the kind sits under the name')
    await followHeaderLink(lead, 'Your account')
    assert.match(await mainText(lead), /Your organisations/)
    await lead.goBack()
    await lead.click('a:has-text("Electronic patient record")')
    await who.seen(lead, `portfolio-programme-${tag}`)
    assert.equal(await lead.locator('.bl-ratings__cell').count(), 12)
    assert.match(await lead.locator('.bl-ratings').innerText(), /Amber\/red/)
    assert.ok(await fitsWidth(lead), 'the ratings fit the screen')
    await lead.click('a:has-text("Fewer repeat blood tests")')
    await who.seen(lead, `portfolio-benefit-${tag}`)
    assert.equal(await lead.locator('svg.bl-chart:visible').count(), 1)
    assert.match(await mainText(lead), /Sarah Lindqvist/)
    // A count is a whole number, and the target is a trajectory from the baseline.
    assert.doesNotMatch(await mainText(lead), /\d\.\d tests/)
    assert.equal(await lead.locator('svg.bl-chart:visible text:has-text("Trajectory to the target")').count(), 1)
    assert.ok(await fitsWidth(lead), 'the chart fits the screen')

    // A non-executive reads it all and is offered nothing that changes it.
    const ned = await who.newPage(viewport)
    await who.signInOnce(ned, 'peter.kowalski' + DEMO_DOMAIN, demo.password)
    await ned.goto(app.url + '/orgs/RZZ/strategy')
    await who.seen(ned, `strategy-ned-${tag}`)
    assert.equal(await ned.locator('a:has-text("Add an outcome")').count(), 0)
    await ned.goto(app.url + '/orgs/RZZ/portfolio')
    assert.equal(await ned.locator('a:has-text("Add a programme or project")').count(), 0)

    assert.deepEqual(who.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
    assert.deepEqual(who.heavyPages(), [], 'pages over 150 KB on first load')
  }
})
