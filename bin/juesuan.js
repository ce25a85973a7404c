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
const { deliverThenExit, quietOnClosedReader } = require(path.join(__dirname, '..', 'lib', 'cli', 'exit.js'));
quietOnClosedReader(process);
require(main)
  .run(process.argv.slice(2))
  .then((code) => deliverThenExit(process, code));
