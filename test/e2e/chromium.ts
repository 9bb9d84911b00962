// How every browser test and benchmark starts Chromium here: the system's Chromium (no browser
// downloads), with the flags that keep it off the network it cannot reach.
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
