/**
 * The table of contents of a circular: its flat list of headings (frontmatter
 * `sections`, each with a depth 1–4) as a tree. A heading that skips a level
 * (a 1、 straight under 一、) hangs under the nearest shallower heading.
 */
export interface TocSection {
  id: string;
  depth: number;
  title: string;
}

export interface TocNode extends TocSection {
  children: TocNode[];
}

export function tocTree(sections: readonly TocSection[]): TocNode[] {
  const root: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const section of sections) {
    const node: TocNode = { ...section, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(node);
    stack.push(node);
  }
  return root;
}
