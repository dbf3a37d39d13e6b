#!/usr/bin/env bash
# The manual page documents the whole command line: every command and every option that `marquee --help` lists
# must have its place in marquee.1 (a ".SS name" subsection under COMMANDS for a command, an entry under OPTIONS for
# an option), so a new sub-command cannot ship undocumented. The page must also render without a groff warning.
# Usage: check-manpage.sh MARQUEE_EXECUTABLE MANPAGE (the configured marquee.1 in the build tree).
set -euo pipefail
marquee=$1
page=$2
# shellcheck source=SCRIPTDIR/../support/skip.sh
source "$(dirname "$0")/../support/skip.sh"

command -v man >/dev/null || skip "man is not installed (Debian: man-db)"
fail() { echo "FAIL: $*"; exit 1; }

help=$("$marquee" --help) || fail "marquee --help exited with $?"
echo "$help"

# The "Commands:" block: lines "  name   what it does" up to the next empty line; "(none)" is the GUI itself.
commands=$(awk '/^Commands:/ { inside = 1; next } inside && /^$/ { exit }
    inside && /^  [a-z]/ { print $1 }' <<<"$help")
[[ -n $commands ]] || fail "found no commands in the Commands: section of marquee --help"
# Every option the help text names anywhere (usage line or Options: block), e.g. --db, --kiosk, --version.
options=$(grep -oE '(^|[[:space:][])--[a-z][a-z-]*' <<<"$help" | tr -d ' [' | sort -u)
[[ -n $options ]] || fail "found no options in marquee --help"

# The COMMANDS and OPTIONS sections of the page source.
section() { awk -v name="$1" '/^\.SH / { inside = ($2 == name) ; next } inside' "$page"; }
page_commands=$(section COMMANDS)
page_options=$(section OPTIONS)

missing=0
for command in $commands; do
    if grep -qE "^\.SS \"?$command\"?( |$)" <<<"$page_commands"; then
        echo "ok: command $command"
    else
        echo "FAIL: marquee --help lists the command '$command', but $page has no '.SS $command' under COMMANDS"
        missing=1
    fi
done
for option in $options; do
    # In roff source a dash is written \-: --db appears as \-\-db.
    escaped=${option//-/\\\\-}
    if grep -qE "^\.(TP|B|BI|BR|IP).*$escaped([^a-z-]|$)|^$escaped([^a-z-]|$)" <<<"$page_options"; then
        echo "ok: option $option"
    else
        echo "FAIL: marquee --help lists the option '$option', but $page does not describe it under OPTIONS"
        missing=1
    fi
done
[[ $missing -eq 0 ]] || fail "document the commands and options above in packaging/linux/marquee.1.in"

# groff's own warnings (bad requests, lines that cannot be broken), as lintian's groff-message check reports them.
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null || true)
[[ -z $warnings ]] || fail "the manual page renders with warnings: $warnings"
echo "PASS: marquee.1 documents every command and option of marquee --help"
