// Writes RULES.md from the metadata of the compliance packs and checks.
import * as fs from 'fs';
import * as path from 'path';
import { renderRulesMarkdown } from '../src/compliance/rules-md';

fs.writeFileSync(path.join(__dirname, '..', 'RULES.md'), renderRulesMarkdown());
