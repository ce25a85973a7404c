#!/usr/bin/env node
'use strict';
// Entry for `npx juesuan`: runs the compiled CLI (built by `npm ci`/`npm install` through the prepare script).
const path = require('path');
const fs = require('fs');
const main = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
if (!fs.existsSync(main)) {
  process.stderr.write('juesuan 尚未编译，请先运行 npm run build:cli（not built yet: run npm run build:cli）\n');
  process.exit(2);
}
require(main)
  .run(process.argv.slice(2))
  .then((code) => process.exit(code));
