// The services register in the demo (issue 11): the register, a measure's Making Data Count
// chart with both icons, the switch-off candidates and the forms that keep it, as the chief
// digital officer and a non-executive use them. Every page passes axe, with scripts on at
// desktop width and off on a phone, and nothing is wider than the phone.

import assert from 'node:assert/strict'
import { test } from 'node:test'

import { DEMO_DOMAIN, demoForTests, fitsWidth, mainText, PHONE, Visitor } from './support.mjs'

const demo = demoForTests('services')
const { app } = demo

/** Opens the measure `name` of service `service` from the register. */
async function openMeasure (page, service, name) {
  await page.goto(app.url + '/orgs/RZZ/services')
  await page.click(`a:has-text("${service}")`)
  await page.click(`td a:has-text("${name}")`)
}

/**
 * One chart shows, as wide as the page on a desktop, its text readable, with months or years
 * along its axis.
 */
async function chartUsesTheWidth (page, tag) {
  const shown = page.locator('svg.bl-chart:visible')
  assert.equal(await shown.count(), 1)
  const drawn = await shown.evaluate((svg) => ({
    width: svg.getBoundingClientRect().width,
    scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
    labels: [...svg.querySelectorAll('text')].map((t) => t.textContent),
  }))
  if (tag === 'desktop') assert.ok(drawn.width >= 850, `the chart is ${drawn.width} px wide`)
  assert.ok(15 * drawn.scale >= 12, `its text is ${15 * drawn.scale} px`)
  assert.ok(drawn.labels.some((l) => /^([A-Z][a-z]{2} )?20\d\d$/.test(l)), 'dates along the axis')
  assert.ok(await fitsWidth(page), 'the chart fits the screen')
}

test('the register, its charts and icons, and the switch-off candidates', async () => {
  for (const [scripts, viewport, tag] of [[true, undefined, 'desktop'], [false, PHONE, 'phone']]) {
    const who = new Visitor(demo.browser, app, scripts)
    const lead = await who.newPage(viewport)
    await who.signInOnce(lead, 'omar.siddiqui' + DEMO_DOMAIN, demo.password)

    await lead.goto(app.url + '/orgs/RZZ/services')
    await who.seen(lead, `services-register-${tag}`)
    assert.match(await mainText(lead), /12 of 12 services/)
    assert.ok((await lead.locator('strong.nhsuk-tag:has-text("Ending soon")').count()) >= 2)
    assert.ok(await fitsWidth(lead), 'the register fits the screen')
    // Each service's measures with their icons; filtered to those showing concern.
    assert.ok((await lead.locator('.bl-measure-list .bl-spc-icon').count()) >= 12)
    await lead.check('#concern')
    await lead.click('button:has-text("Show services")')
    await who.seen(lead, `services-register-concern-${tag}`)
    assert.match(await mainText(lead), /Virtual ward remote monitoring/)
    assert.doesNotMatch(await mainText(lead), /12 of 12 services/)
    await lead.uncheck('#concern')
    await lead.selectOption('#stage', 'retiring')
    await lead.click('button:has-text("Show services")')
    assert.match(await mainText(lead), /1 of 12 services/)
    assert.match(await mainText(lead), /Pathology results viewer/)

    // Each icon of Making Data Count appears somewhere in the demo.
    await openMeasure(lead, 'Virtual ward remote monitoring', 'Availability')
    await who.seen(lead, `services-measure-fail-${tag}`)
    assert.match(await mainText(lead), /Consistently misses the target/)
    await chartUsesTheWidth(lead, tag)
    await openMeasure(lead, 'Electronic patient record', 'Availability')
    assert.match(await mainText(lead), /Consistently meets the target/)
    await openMeasure(lead, 'Pathology results viewer', 'Active users each month')
    assert.match(await mainText(lead), /Special cause variation: concern/)
    await openMeasure(lead, 'Patient portal', 'Active users each month')
    await who.seen(lead, `services-measure-rebased-${tag}`)
    assert.match(await mainText(lead), /Special cause variation: improvement/)
    assert.match(await mainText(lead), /Limits rebased from/)
    await openMeasure(lead, 'Shared care record viewer', 'Active users each month')
    assert.match(await mainText(lead), /limits are provisional/)

    await lead.goto(app.url + '/orgs/RZZ/services/switch-off')
    await who.seen(lead, `services-switch-off-${tag}`)
    const candidates = await mainText(lead)
    assert.match(candidates, /Pathology results viewer/)
    assert.match(candidates, /Fewer people are using it/)
    assert.match(candidates, /top tenth/)
    assert.match(candidates, /Outpatient video consultations/)
    assert.match(candidates, /People like it less/)

    // A tired person's service form: every problem at once, nothing saved.
    await lead.goto(app.url + '/orgs/RZZ/services/new')
    await who.seen(lead, `services-new-${tag}`)
    await lead.fill('#name', 'Patient portal')
    await lead.fill('#approx_users', 'about 40k')
    await lead.fill('#contract_ends_on', '31')
    await lead.fill('#contract_ends_on-month', '2')
    await lead.click('button:has-text("Add the service")')
    await who.seen(lead, `services-new-errors-${tag}`)
    assert.equal(await lead.locator('.nhsuk-error-summary li').count(), 4, 'every problem at once')

    await lead.goto(app.url + '/orgs/RZZ/services/import')
    await lead.fill('#csv', 'name,purpose\nOnly,two\n')
    await lead.click('button:has-text("Import")')
    await who.seen(lead, `services-import-errors-${tag}`)
    assert.match(await lead.locator('.nhsuk-error-summary').innerText(), /line:1:3/)

    await openMeasure(lead, 'Bed management', 'Active users each month')
    await lead.click('a:has-text("Add or change a value")')
    await lead.fill('#csv', 'date,value\n2026-11-01,1150\n2026-12-01,lots\n')
    await lead.click('button:has-text("Save these values")')
    await who.seen(lead, `services-values-errors-${tag}`)
    assert.match(await lead.locator('.nhsuk-error-summary').innerText(), /line:3:2/)

    // A non-executive reads the register but is offered nothing that changes it.
    const ned = await who.newPage(viewport)
    await who.signInOnce(ned, 'peter.kowalski' + DEMO_DOMAIN, demo.password)
    await ned.goto(app.url + '/orgs/RZZ/services')
    assert.equal(await ned.locator('a:has-text("Add a service")').count(), 0)
    await ned.click('a:has-text("Electronic patient record")')
    await who.seen(ned, `services-service-ned-${tag}`)
    assert.equal(await ned.locator('a:has-text("Change the service")').count(), 0)

    assert.deepEqual(who.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
    assert.deepEqual(who.heavyPages(), [], 'pages over 150 KB on first load')
  }
})
