// Stub for jest (jest.config.js moduleNameMapper): office-addin-manifest's ESM-only dependencies cannot be
// `require`d on Node 20, and office-addin-mock uses only this enum from it (engineering-notes.md).
'use strict';
const OfficeApp = {
  Excel: 'excel',
  OneNote: 'onenote',
  Outlook: 'outlook',
  Project: 'project',
  PowerPoint: 'powerpoint',
  Word: 'word',
};
module.exports = { OfficeApp };
