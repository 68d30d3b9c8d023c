import { defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'

// Debian's Chromium where installed (CI and this workplace: browser downloads are impossible here);
// otherwise Playwright's own browser (`npx playwright install chromium` on a laptop).
const systemChromium = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const useSystemChromium = existsSync(systemChromium)
// Another port where several checkouts share one machine: E2E_PORT=4191 npx playwright test
const port = process.env.E2E_PORT ?? '4173'

export default defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  projects: [
    {
      name: 'chromium',
      use: {
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
      },
    },
  ],
  webServer: {
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
