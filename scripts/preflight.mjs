// Runs first in `npm test` and says in one line what is missing, instead of failing later in a long log.
// Plain JavaScript, so that it can speak even to a Node too old to run the TypeScript tests.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `preflight: Node ${process.versions.node} is too old: on Linux \`npm ci\` brings Node 24 into node_modules/.bin; elsewhere install Node 22.12 or newer (\`nvm use\` reads .nvmrc).`,
  );
  process.exit(1);
}
const { missingEngines, INSTALL_HINT } = await import('../tools/browsers/engines.ts');
const missing = missingEngines();
if (missing.length) {
  console.error(`preflight: ${missing.join(', ')} not found: ${INSTALL_HINT}`);
  process.exit(1);
}
