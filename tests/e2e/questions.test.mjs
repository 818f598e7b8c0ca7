// The board-questions checklist in the demo (issue 12): the checklist with its counts and
// filters, a question with its history, an edit with a bad address that the error summary
// names, and the printable copy, as the chief digital officer and a non-executive use them.
// Every page passes axe, with scripts on at desktop width and off on a phone, and nothing is
// wider than the phone.

import assert from 'node:assert/strict'
import { test } from 'node:test'

import { DEMO_DOMAIN, demoForTests, fitsWidth, mainText, PHONE, Visitor } from './support.mjs'

const demo = demoForTests('questions')
const { app } = demo

test('the checklist, a question, an edit with a bad address and the printable copy', async () => {
  for (const [scripts, viewport, tag] of [[true, undefined, 'desktop'], [false, PHONE, 'phone']]) {
    const who = new Visitor(demo.browser, app, scripts)
    const lead = await who.newPage(viewport)
    await who.signInOnce(lead, 'omar.siddiqui' + DEMO_DOMAIN, demo.password)

    // The home page surfaces the reviews that are overdue.
    await lead.goto(app.url + '/orgs/RZZ')
    assert.match(await mainText(lead), /Board questions due for review/)
    assert.match(await mainText(lead), /3 questions the board has not reviewed/)

    await lead.goto(app.url + '/orgs/RZZ/questions')
    await who.seen(lead, `questions-checklist-${tag}`)
    const checklist = await mainText(lead)
    assert.match(checklist, /Questions for the board on digital: 10 of 10 questions/)
    assert.ok((await lead.locator('strong.nhsuk-tag:has-text("Review overdue")').count()) === 3)
    assert.ok(await fitsWidth(lead), 'the checklist fits the screen')
    await lead.check('#overdue')
    await lead.click('button:has-text("Show questions")')
    assert.match(await mainText(lead), /3 of 10 questions/)
    await lead.selectOption('#status', 'assured')
    await lead.click('button:has-text("Show questions")')
    assert.match(await mainText(lead), /1 of 10 questions/)
    assert.match(await mainText(lead), /Services and their performance/)

    // A question with the history of its record.
    await lead.click('a:has-text("Services and their performance")')
    await who.seen(lead, `questions-question-${tag}`)
    assert.match(await mainText(lead), /History/)
    // Two in the demo, and one more from the desktop pass's edit below.
    assert.ok((await lead.locator('table:has-text("Every change") tbody tr').count()) >= 2)

    // An edit with a bad address: the error summary names it and nothing is saved.
    await lead.click('a:has-text("Change the answer")')
    await who.seen(lead, `questions-edit-${tag}`)
    await lead.fill('#evidence-2-title', 'Cyber audit')
    await lead.fill('#evidence-2-url', 'javascript:alert(1)')
    await lead.click('button:has-text("Save the answer")')
    await who.seen(lead, `questions-edit-errors-${tag}`)
    const summary = lead.locator('.nhsuk-error-summary')
    assert.match(await summary.innerText(), /is not a web address/)
    assert.equal(await summary.locator('a[href="#evidence-2-url"]').count(), 1)
    assert.ok(await fitsWidth(lead), 'the form fits the screen')
    await lead.fill('#evidence-2-url', 'https://intranet.northfield-valley.nhs.example/audit/cyber.pdf')
    await lead.click('button:has-text("Save the answer")')
    assert.match(await mainText(lead), /Answer saved/)
    assert.match(await mainText(lead), /Cyber audit/)

    // The printable copy: no navigation, the date it was printed, every answer in full.
    await lead.goto(app.url + '/orgs/RZZ/questions/print')
    await who.seen(lead, `questions-print-${tag}`)
    assert.equal(await lead.locator('.nhsuk-header__navigation').count(), 0)
    assert.match(await mainText(lead), /Printed on \d+ \w+ \d{4}/)
    assert.match(await mainText(lead), /Shared system vision/)
    await lead.emulateMedia({ media: 'print' })
    assert.equal(await lead.locator('.nhsuk-back-link').isVisible(), false)
    await lead.emulateMedia({ media: 'screen' })

    // A non-executive reads the checklist but is offered nothing that changes it.
    const ned = await who.newPage(viewport)
    await who.signInOnce(ned, 'peter.kowalski' + DEMO_DOMAIN, demo.password)
    await ned.goto(app.url + '/orgs/RZZ/questions')
    assert.equal(await ned.locator('a:has-text("Import answers")').count(), 0)
    await ned.click('a:has-text("Digital beyond IT")')
    await who.seen(ned, `questions-question-ned-${tag}`)
    assert.equal(await ned.locator('a:has-text("Change the answer")').count(), 0)

    assert.deepEqual(who.checker.violations, [], 'axe WCAG 2.2 A and AA violations')
    assert.deepEqual(who.heavyPages(), [], 'pages over 150 KB on first load')
  }
})
