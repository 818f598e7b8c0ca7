// The e2e.demo-data fixture: loads the demo once into demo-data/boardlens.db and keeps what
// `boardlens demo` printed beside it, for the browser tests of the demo to copy (support.mjs,
// loadDemo). The demo takes a while to make under the sanitizers; a copy takes no time.

import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const dir = process.env.BOARDLENS_DEMO_DATA
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const printed = execFileSync(process.env.BOARDLENS_BIN,
  ['--database', 'sqlite://' + path.join(dir, 'boardlens.db'), 'demo'], { encoding: 'utf8' })
if (!/password \S+/.test(printed)) throw new Error('boardlens demo printed no password:\n' + printed)
writeFileSync(path.join(dir, 'printed.txt'), printed)
