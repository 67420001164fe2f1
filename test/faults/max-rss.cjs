// Preloaded into the CLI by the memory tests (NODE_OPTIONS=--require): writes the peak resident
// set size of the process, in KiB, to the file named by MAX_RSS_FILE when it exits.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.MAX_RSS_FILE) {
    writeFileSync(process.env.MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
  }
});
