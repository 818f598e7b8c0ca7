// The digital risk register in the demo (issue 12): the register with its filters, the heat
// map with its table, what needs the board's attention, a risk's page, and a form sent with
// mistakes, as the chief digital officer and a non-executive use them. Every page passes axe,
// with scripts on at desktop width and off on a phone, and nothing is wider than the phone.

import assert from 'node:assert/strict'
import { test } from 'node:test'

import { DEMO_DOMAIN, demoForTests, fitsWidth, mainText, PHONE, Visitor } from './support.mjs'

const demo = demoForTests('risks')
const { app } = demo

test('the register, the heat map, what needs attention and a bad form', async () => {
  for (const [scripts, viewport, tag] of [[true, undefined, 'desktop'], [false, PHONE, 'phone']]) {
    const who = new Visitor(demo.browser, app, scripts)
    const lead = await who.newPage(viewport)
    await who.signInOnce(lead, 'omar.siddiqui' + DEMO_DOMAIN, demo.password)

    await lead.goto(app.url + '/orgs/RZZ/risks')
    await who.seen(lead, `risks-register-${tag}`)
    const register = await mainText(lead)
    assert.match(register, /15 of 15 risks/)
    assert.match(register, /2 above the board's risk appetite/)
    assert.equal(await lead.locator('strong.nhsuk-tag:has-text("Above appetite")').count(), 2)
    assert.equal(await lead.locator('strong.nhsuk-tag:has-text("Review overdue")').count(), 1)
    assert.equal(await lead.locator('strong.nhsuk-tag:has-text("Risk of not acting")').count(), 1)
    assert.match(register, /Up/)
    assert.match(register, /Down/)
    assert.match(register, /New/)
    assert.ok(await fitsWidth(lead), 'the register fits the screen')
    // A risk's name and its category read as two lines, on a phone's cards too.
    const first = lead.locator('tbody tr').first().locator('td').first()
    const name = await first.locator('a').boundingBox()
    const category = await first.locator('span.nhsuk-body-s').boundingBox()
    assert.ok(category.y >= name.y + name.height - 1, 'the category sits under the name')
    if (scripts) {
      // On paper: no filters, no beta banner, and no "(Link: /orgs/...)" after links.
      await lead.emulateMedia({ media: 'print' })
      assert.equal(await lead.locator('form.bl-filter').isVisible(), false)
      assert.equal(await lead.locator('.bl-phase-banner').isVisible(), false)
      const after = await first.locator('a').evaluate((a) => getComputedStyle(a, '::after').content)
      assert.equal(after, 'none')
      await lead.emulateMedia({ media: 'screen' })
    }
    await lead.selectOption('#category', 'cyber_security')
    await lead.click('button:has-text("Show risks")')
    assert.match(await mainText(lead), /3 of 15 risks/)

    await lead.goto(app.url + '/orgs/RZZ/risks/heat-map')
    await who.seen(lead, `risks-heat-map-${tag}`)
    // Each of the fifteen risks is named in its cell and links to its page, with its movement
    // since the last review; a key says what the colours mean.
    assert.equal(await lead.locator('.bl-heat td a').count(), 15)
    assert.equal(await lead.locator('.bl-heat td.bl-heat__cell').count(), 25)
    assert.match(await lead.locator('.bl-heat').innerText(), /Up from \d+/)
    assert.match(await lead.locator('.bl-heat').innerText(), /Down from \d+/)
    assert.deepEqual(await lead.locator('.bl-heat-key li').allInnerTexts(),
      ['Low: scores 1 to 3', 'Moderate: scores 4 to 6', 'High: scores 8 to 12',
        'Extreme: scores 15 to 25'])
    if (!viewport) {
      const map = await lead.locator('.bl-heat').boundingBox()
      assert.ok(map.width > 900, `the map uses the page's width (${map.width} px)`)
    }
    assert.ok(await fitsWidth(lead), 'the heat map fits the screen')
    await lead.check('input[value="inherent"]')
    await lead.click('button:has-text("Show the heat map")')
    assert.match(await mainText(lead), /by inherent score/)

    await lead.goto(app.url + '/orgs/RZZ/risks/attention')
    await who.seen(lead, `risks-attention-${tag}`)
    const attention = await mainText(lead)
    assert.match(attention, /Ransomware attack stops clinical systems/)
    assert.match(attention, /Too few informatics staff/)
    assert.match(attention, /Reach 95% data security training/)

    await lead.goto(app.url + '/orgs/RZZ/risks')
    await lead.click('a:has-text("Staying on the ageing pathology results viewer")')
    await who.seen(lead, `risks-risk-${tag}`)
    assert.match(await mainText(lead), /The risk of not acting/)
    // It names the proposal in the portfolio, which the board has yet to approve.
    await lead.click('a:has-text("Results in the electronic patient record")')
    await who.seen(lead, `risks-proposal-${tag}`)
    const proposal = await mainText(lead)
    assert.match(proposal, /Proposed project/)
    assert.match(proposal, /Awaiting approval/)
    assert.doesNotMatch(proposal, /Report this month's delivery confidence/)

    // A tired person's risk form: every problem at once, each field named, nothing saved.
    await lead.goto(app.url + '/orgs/RZZ/risks/new')
    await who.seen(lead, `risks-new-${tag}`)
    assert.equal(await lead.locator('#category').inputValue(), '', 'no category is chosen for you')
    await lead.fill('#objective', 'Safe care')
    const offered = await lead.locator('#blocks_proposal option').allInnerTexts()
    assert.deepEqual(offered, ['No, it is not', 'Results in the electronic patient record'])
    await lead.selectOption('#current_likelihood', '2')
    await lead.selectOption('#current_consequence', '2')
    await lead.selectOption('#target_likelihood', '5')
    await lead.selectOption('#target_consequence', '5')
    await lead.click('button:has-text("Add the risk")')
    await who.seen(lead, `risks-new-errors-${tag}`)
    const summary = await lead.locator('.nhsuk-error-summary').innerText()
    assert.match(summary, /Enter the title of the risk/)
    assert.match(summary, /Choose the board member who owns the risk/)
    assert.match(summary, /Choose the inherent likelihood/)
    assert.match(summary, /Choose the category of the risk/)
    assert.equal(await lead.locator('.nhsuk-error-summary a[href="#title"]').count(), 1)

    await lead.goto(app.url + '/orgs/RZZ/risks/import')
    await lead.fill('#csv', 'title,objective\nOnly,two\n')
    await lead.click('button:has-text("Import")')
    await who.seen(lead, `risks-import-errors-${tag}`)
    assert.match(await lead.locator('.nhsuk-error-summary').innerText(), /line:1:3/)

    // A non-executive reads the register but is offered nothing that changes it.
    const ned = await who.newPage(viewport)
    await who.signInOnce(ned, 'peter.kowalski' + DEMO_DOMAIN, demo.password)
    await ned.goto(app.url + '/orgs/RZZ/risks')
    assert.equal(await ned.locator('a:has-text("Add a risk")').count(), 0)
    await ned.click('a:has-text("Ransomware attack stops clinical systems")')
    await who.seen(ned, `risks-risk-ned-${tag}`)
    assert.equal(await ned.locator('a:has-text("Change the risk")').count(), 0)
    await ned.goto(app.url + '/orgs/RZZ/risks/appetite')
    await who.seen(ned, `risks-appetite-ned-${tag}`)

    assert.deepEqual(who.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
    assert.deepEqual(who.heavyPages(), [], 'pages over 150 KB on first load')
  }
})
