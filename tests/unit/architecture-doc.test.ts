// @vitest-environment node
/**
 * docs/architecture.md must stay true to the code: every message of the contract in
 * utils/browser/messages.ts has a row in its table, the table names no message the contract lacks,
 * every lint rule it cites is configured in eslint.config.js, and its "Names" table names each
 * mention type where it is declared, while no source file declares a type under another name for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('names each mention type in the module that declares it, and no other name is declared for one', () => {
    const section = doc.split('## Names')[1]?.split('\n## ')[0] ?? '';
    const rows = [...section.matchAll(/^\| `(\w+)` \| `([\w/.-]+)`/gm)].map((m) => ({ name: m[1] ?? '', file: m[2] ?? '' }));
    expect(rows.map((r) => r.name)).toEqual(['AliasMention', 'TextMention', 'PageMention', 'MarkedMention', 'FoundTopic']);
    for (const { name, file } of rows)
      expect(readFileSync(file, 'utf8'), `${name} in ${file}`).toMatch(new RegExp(`export interface ${name}\\b`));
    // The names the mention went by before: Match, Hit, FoundMention, Mention, TopicMentions.
    const retired = /\b(?:interface|type|class)\s+(?:Match|Hit|FoundMention|Mention|TopicMentions)\b/;
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
      );
    const offenders = ['utils', 'entrypoints', 'components'].flatMap(sources).filter((f) => retired.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
