#!/usr/bin/env node
// Committed, not built: npm links a command at install time only if its file exists, and dist/ does not yet.
import('../dist/cli.js').then(
  (cli) => cli.run(),
  (e) => {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('cli.js')) throw e;
    console.error(
      "passerelle-tokens n'est pas encore construit : lancez « npm run build » à la racine du dépôt.",
    );
    process.exitCode = 1;
  },
);
