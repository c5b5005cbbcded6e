// @vitest-environment node
/**
 * docs/architecture.md must stay true to the code: every message of the contract in
 * utils/browser/messages.ts has a row in its table, the table names no message the contract lacks,
 * and every lint rule it cites is configured in eslint.config.js.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('docs/architecture.md', 'utf8');

/** Member names of the message interfaces, read from the contract's syntax tree (not by the code under test). */
function contractMessages(): string[] {
  const source = ts.createSourceFile('messages.ts', readFileSync('utils/browser/messages.ts', 'utf8'), ts.ScriptTarget.Latest);
  const names: string[] = [];
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && /Messages$/.test(node.name.text)) {
      for (const member of node.members) if (member.name && ts.isIdentifier(member.name)) names.push(member.name.text);
    }
  });
  return names.sort();
}

/** Message names in the first column of the doc's messages table. */
function documentedMessages(): string[] {
  const section = doc.split('## Messages')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1] ?? '').sort();
}

describe('docs/architecture.md', () => {
  it('lists exactly the messages of utils/browser/messages.ts', () => {
    expect(contractMessages().length).toBeGreaterThan(3);
    expect(documentedMessages()).toEqual(contractMessages());
  });

  it('cites only lint rules that eslint.config.js configures', () => {
    const config = readFileSync('eslint.config.js', 'utf8');
    const cited = [...doc.matchAll(/`((?:@typescript-eslint|import-x|react-hooks)\/[\w-]+|no-restricted-globals)`/g)].map(
      (m) => m[1] ?? '',
    );
    expect(cited.length).toBeGreaterThan(3);
    for (const rule of cited) expect(config, rule).toContain(`'${rule}'`);
  });
});
