import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Each component's rules live beside it (RegionList.css next to RegionList.tsx); the global sheet keeps only
// custom properties, the reset, the page shell, shared classes and rules that span several components.
const GLOBAL = 'src/styles/app.css'
const GLOBAL_MAX_LINES = 340
// Stylesheets that belong to no single component: the global sheet and the embed mode's page tweaks.
const NOT_COMPONENT_SHEETS = new Set([GLOBAL, 'src/embed/embed.css'])

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return cssFiles(path)
    return entry.name.endsWith('.css') ? [path] : []
  })
}

/** Every selector list in a stylesheet, including those inside @media, @container and @supports. */
function selectorLists(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '')
  const found: string[] = []
  let prelude = ''
  let depth = 0
  // Depth of the innermost block whose contents are rules (the file itself, or a conditional at-rule).
  const ruleDepths = [0]
  for (const ch of text) {
    if (ch === '{') {
      const head = prelude.trim()
      if (depth === ruleDepths.at(-1)) {
        if (/^@(media|container|supports)\b/.test(head)) ruleDepths.push(depth + 1)
        else if (!head.startsWith('@')) found.push(head)
      }
      depth++
      prelude = ''
    } else if (ch === '}') {
      depth--
      if (depth < ruleDepths.at(-1)!) ruleDepths.pop()
      prelude = ''
    } else if (ch === ';') {
      prelude = ''
    } else {
      prelude += ch
    }
  }
  return found
}

/** The BEM block of each class in a selector list: `.region-button__dot:hover` -> `region-button`. */
function blocks(selectorList: string): Set<string> {
  return new Set([...selectorList.matchAll(/\.([a-z][a-z0-9-]*)/g)].map((m) => m[1]!.split(/__|--/)[0]!))
}

const componentSheets = cssFiles('src').filter((path) => !NOT_COMPONENT_SHEETS.has(path))
/** The block a rule opens with, after any `.app[...]` mode prefix. */
const firstBlock = (list: string) => list.replace(/^\.app(\[[^\]]*\]|:has\([^)]*\))*\s+/, '').match(/^\.([a-z][a-z0-9-]*)/)?.[1]?.split(/__|--/)[0]
// The page shell's blocks (the stage and its layers) belong to the global sheet, even where a mode's sheet
// (presenter mode, a lesson) moves them.
const shellBlocks = new Set(selectorLists(readFileSync(GLOBAL, 'utf8')).flatMap((list) => firstBlock(list) ?? []))
// Which component sheet styles each block: the first one whose own rule opens with it.
const owner = new Map<string, string>()
for (const path of componentSheets) {
  for (const list of selectorLists(readFileSync(path, 'utf8'))) {
    const block = firstBlock(list)
    if (block && block !== 'app' && !shellBlocks.has(block) && !owner.has(block)) owner.set(block, path)
  }
}

describe('stylesheets beside their components', () => {
  const global = readFileSync(GLOBAL, 'utf8')

  it('keeps the global stylesheet small', () => {
    expect(global.split('\n').length).toBeLessThanOrEqual(GLOBAL_MAX_LINES)
  })

  it('finds the component sheets and what they style (the checks below are not vacuous)', () => {
    expect(componentSheets.length).toBeGreaterThan(20)
    expect(owner.get('explanation-panel')).toBe('src/ui/panel/ExplanationPanel.css')
    expect(owner.get('region-button')).toBe('src/ui/RegionList.css')
    expect(selectorLists('@media print { .a, .b { x: 1 } @page { margin: 0 } } .c { y: 2 }')).toEqual(['.a, .b', '.c'])
  })

  it('has no rule in the global sheet that styles only one component', () => {
    const strays = selectorLists(global).filter((list) => {
      // The shell's blocks count as the global sheet's own: a rule may join the shell and one component.
      const owners = new Set([...blocks(list)].flatMap((block) => (shellBlocks.has(block) ? [GLOBAL] : (owner.get(block) ?? []))))
      return owners.size === 1 && !owners.has(GLOBAL)
    })
    expect(strays).toEqual([])
    expect(global).not.toMatch(/\.explanation-panel\b/)
    expect(global).not.toMatch(/\.region-button\b/)
  })

  it('imports each component sheet from the component beside it', () => {
    const unimported = componentSheets.filter((path) => {
      const dir = path.slice(0, path.lastIndexOf('/'))
      const name = basename(path)
      const importers = readdirSync(dir)
        .filter((file) => /\.tsx?$/.test(file))
        .filter((file) => readFileSync(join(dir, file), 'utf8').includes(`import './${name}'`))
      const sibling = join(dir, name.replace(/\.css$/, '.tsx'))
      return importers.length === 0 || (existsSync(sibling) && !importers.includes(basename(sibling)))
    })
    expect(unimported).toEqual([])
  })
})

describe('nothing on the page moves by itself', () => {
  it('no stylesheet runs an endless animation (it keeps a software compositor drawing every frame)', () => {
    for (const file of cssFiles('src')) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
      expect(text, file).not.toMatch(/\binfinite\b/)
      expect(text, file).not.toMatch(/animation-iteration-count\s*:\s*(\d{3,}|infinite)/)
    }
  })
})
