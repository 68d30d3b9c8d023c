import { defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'

// Debian's Chromium where installed (CI and this workplace: browser downloads are impossible here);
// otherwise Playwright's own browser (`npx playwright install chromium` on a laptop).
const systemChromium = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const useSystemChromium = existsSync(systemChromium)
// Its own port per checkout (E2E_PORT), so two worktrees never test each other's build.
const port = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}`

/** The specs that measure the page's main thread, run alone (project `responsiveness`). */
const RESPONSIVENESS = /hostile\.spec\.ts$/

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: useSystemChromium
    ? {
        executablePath: systemChromium,
        args: [
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      }
    : {},
}

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: RESPONSIVENESS,
      use: browser,
    },
    {
      // The long-task budgets (a paste never holds the page's thread past 200 ms, a keystroke past 50 ms) are
      // measured alone, after every other test: on 2 cores a second browser running beside them takes the
      // CPU the page needs and the figures measure the neighbour, not the page.
      name: 'responsiveness',
      testMatch: RESPONSIVENESS,
      dependencies: ['chromium'],
      use: browser,
    },
  ],
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: baseURL,
    // Never reuse a server already on the port: it serves the dist/ of an earlier build (the build step is
    // skipped too), so a run after a merge tested the old import worker and failed on fixed behaviour
    // (a certificate read as `objectType: secret`, an akv2k8s sync without copy=ok). A busy port now stops
    // the run with Playwright's "already used" message instead.
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
