/**
 * What a module imports: every static import and re-export (type-only ones too) and every
 * dynamic `import('…')`, as written. Enough for this codebase's own modules, which Prettier
 * keeps in one shape; not a general JavaScript parser.
 */
export function importsOf(code: string): string[] {
  const found: string[] = []
  const pattern =
    /^\s*(?:import|export)\s[^'"]*?\sfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm
  for (const match of code.matchAll(pattern)) {
    const spec = match[1] ?? match[2] ?? match[3]
    if (spec) found.push(spec)
  }
  return found
}

/**
 * The cycles of a graph (module -> the modules it imports), one per strongly connected
 * component of two or more modules (or one importing itself), each listed in sorted order.
 */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's algorithm, iterative: a deep graph must not overflow the stack.
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  let next = 0
  for (const start of graph.keys()) {
    if (index.has(start)) continue
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }]
    index.set(start, next)
    low.set(start, next++)
    stack.push(start)
    onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]
      if (!frame) break
      const edges = graph.get(frame.node) ?? []
      const target = edges[frame.edge++]
      if (target !== undefined) {
        if (!index.has(target)) {
          index.set(target, next)
          low.set(target, next++)
          stack.push(target)
          onStack.add(target)
          work.push({ node: target, edge: 0 })
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(target) ?? 0))
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent)
        low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0))
      if (low.get(frame.node) !== index.get(frame.node)) continue
      const component: string[] = []
      let member: string | undefined
      do {
        member = stack.pop()
        if (member === undefined) break
        onStack.delete(member)
        component.push(member)
      } while (member !== frame.node)
      const selfImport = component.length === 1 && edges.includes(frame.node)
      if (component.length > 1 || selfImport) cycles.push(component.sort())
    }
  }
  return cycles
}
