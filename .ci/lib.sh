# Helpers shared by .ci/run and the .ci/e2e-*.sh scripts; source it after setting ci_name (the prefix of messages).
# fail MESSAGE: one line on standard error, exit 1.
fail() { echo "${ci_name:-ci}: $*" >&2; exit 1; }
# as_root COMMAND...: run COMMAND as root (CI runs as root; elsewhere through sudo).
as_root() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }
# expect_exit CODES... -- COMMAND...: run COMMAND, fail unless its exit code is one of CODES.
expect_exit() {
  local codes=() code
  while [[ $1 != -- ]]; do codes+=("$1"); shift; done; shift
  set +e; "$@"; code=$?; set -e
  [[ " ${codes[*]} " == *" $code "* ]] || fail "'$*' exited $code, expected ${codes[*]}"
}
