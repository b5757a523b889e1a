#!/usr/bin/env node
// Writes bench/floor-objects.json: the objects of the cert-manager chart v1.21.1 rendered with the
// Best Practice values (test/fixtures/helm/v1.21.1-best-practice.yaml), parsed once, so that the
// floor benchmark pays no YAML parsing that the CertManager construct does not pay either.
//
// Run it again only when that fixture changes: `node bench/generate-floor.js`.
'use strict';

const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const SOURCE = path.join(__dirname, '..', 'test', 'fixtures', 'helm', 'v1.21.1-best-practice.yaml');
const TARGET = path.join(__dirname, 'floor-objects.json');

function main() {
  const documents = YAML.parseAllDocuments(fs.readFileSync(SOURCE, 'utf8'));
  const objects = [];
  for (const document of documents) {
    if (document.errors.length > 0) {
      throw new Error(`${SOURCE} is not valid YAML: ${document.errors[0].message}`);
    }
    const object = document.toJS();
    if (object === null || object === undefined) {
      continue;
    }
    objects.push(object);
  }
  fs.writeFileSync(TARGET, `${JSON.stringify(objects, null, 1)}\n`);
  process.stdout.write(`Wrote ${objects.length} objects to ${path.relative(process.cwd(), TARGET)}.\n`);
}

main();
