#!/usr/bin/env bash
# What the browser tests need (system-tests' OpsPageIT): Debian's chromium at /usr/bin/chromium and Playwright's
# driver (npm playwright-core, pinned in system-tests/browser/package-lock.json). Installs what is missing; quiet
# when both are there. Sourced by deploy/test.sh.

ensure_browser() {
  local root="$1"
  if [[ ! -x /usr/bin/chromium ]]; then
    echo "[browser] installing Debian's chromium (apt-get) for the browser tests ..."
    local sudo=""
    [[ "$(id -u)" != 0 ]] && sudo="sudo"
    if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1; then
      $sudo apt-get update -q >/dev/null 2>&1 || true
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null ||
        { echo "[browser] could not install chromium: the browser tests will fail" >&2; return 0; }
    fi
  fi
  if [[ ! -d "$root/system-tests/browser/node_modules/playwright-core" ]]; then
    echo "[browser] npm ci in system-tests/browser (playwright-core) ..."
    (cd "$root/system-tests/browser" && npm ci --no-audit --no-fund --silent) ||
      echo "[browser] npm ci failed: the browser tests will fail" >&2
  fi
}
