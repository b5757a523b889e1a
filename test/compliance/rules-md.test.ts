import * as fs from 'fs';
import * as path from 'path';
import { CompliancePack } from '../../src/compliance';
import { RULES_MD_COMMAND, renderRulesMarkdown } from '../../src/compliance/rules-md';

describe('RULES.md', () => {
  const text = renderRulesMarkdown();

  test('matches the pack and check metadata', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'RULES.md'), 'utf-8');
    // A failure here means RULES.md is stale: run the command below and commit the result.
    expect({ command: RULES_MD_COMMAND, text: committed }).toEqual({ command: RULES_MD_COMMAND, text });
  });

  test('lists every rule with its level', () => {
    for (const pack of CompliancePack.all()) {
      pack._pack.entries.forEach((entry, index) => {
        expect(text).toContain(`| ${pack.ruleIds[index]} | ${entry.level} |`);
      });
    }
  });
});
