#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# installer/test-package.sh DEB WORK_DIR
#
# Installs the .deb with apt on a fresh Debian 12 (bookworm) made here by debootstrap (minbase), so
# that apt resolves the package's Depends from Debian itself, then uses it as a user would, as a
# user with a fresh home: irndesk-cli --version and validate, the man page, the files menus and
# software centres look for (checked with desktop-file-validate and appstreamcli on the host),
# and the GUI under Xvfb until its window appears. Prints each step with the seconds since the
# start; exits non-zero with the reason on the first failure. Needs root (debootstrap, chroot,
# mount) and the network to reach the Debian mirror. Why a chroot: installer/README.md.
#
# Environment: DEBIAN_MIRROR (default http://deb.debian.org/debian), IRNDESK_VERSION (the version
# `irndesk-cli --version` must print), IRNDESK_SAMPLE (an invoice that validates on 21/11/2026).
set -euo pipefail

usage() { echo "usage: $0 DEB WORK_DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
deb=$(readlink -f "$1")
work=$(readlink -m "$2")
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$here")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
sample=${IRNDESK_SAMPLE:-$source_dir/tests/data/rules/valid-b2b-intra-goods/invoice.json}
app_id=io.github.irndesk.IrnDesk
suite=bookworm
arch=$(dpkg --print-architecture)
root=$work/root
# debootstrap's downloads, kept between runs: debootstrap still builds the root afresh each time
# from them (--unpack-tarball), only the download is skipped. Remade when a week old, so that the
# base system follows Debian 12's point releases.
cache=$work/debootstrap-$suite-minbase-$arch.tgz

start=$(date +%s%N)
step() { printf '[%6.1fs] %s\n' "$(( ($(date +%s%N) - start) / 1000000 ))e-3" "$*"; }
fail() { printf 'test-package: FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "needs root (debootstrap, chroot and mount): run it with sudo"
[ -f "$deb" ] || fail "no package $1: run \`make package\` first"
for tool in debootstrap desktop-file-validate appstreamcli dpkg-deb; do
    command -v $tool >/dev/null || fail "$tool is missing: run \`make deps\`"
done
[ -f "$sample" ] || fail "no sample invoice $sample"
version=${IRNDESK_VERSION:-$(dpkg-deb -f "$deb" Version)}

# Mounts under the root, innermost first: they must all go before the root may be removed.
mounts_under_root() { awk -v r="$root/" 'index($2 "/", r) == 1 { print $2 }' /proc/self/mounts | sort -r; }
unmount_all() {
    local m
    for m in $(mounts_under_root); do
        umount "$m" 2>/dev/null || umount -l "$m" || true
    done
}
remove_root() {
    unmount_all
    if [ -n "$(mounts_under_root)" ]; then
        fail "cannot unmount $(mounts_under_root | tr '\n' ' '): not removing $root"
    fi
    rm -rf --one-file-system "$root"
}
cleanup() {
    local code=$?
    pkill_x
    unmount_all
    if [ -n "$(mounts_under_root)" ]; then
        echo "test-package: still mounted under $root: $(mounts_under_root | tr '\n' ' ')" >&2
        code=1
    else
        # Not left behind: a later `rm -rf` of the build folder must never meet a mounted /dev.
        rm -rf --one-file-system "$root"
    fi
    exit $code
}
# An X server or app left behind by a failed GUI step, found by its root, not by its name.
pkill_x() {
    local link pid
    for link in /proc/[0-9]*/root; do
        pid=${link#/proc/}; pid=${pid%/root}
        if [ "$(readlink "$link" 2>/dev/null)" = "$root" ]; then kill -9 "$pid" 2>/dev/null || true; fi
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 "$@"; }
# As the user `tester`, with a home of its own that nothing has touched yet.
as_user() { chroot --userspec=tester:tester "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/home/tester \
    USER=tester LC_ALL=C.UTF-8 "$@"; }

step "package $(basename "$deb") (version $version), Debian $suite $arch from $mirror, in $work"
mkdir -p "$work"
remove_root

if [ -f "$cache" ] && [ -n "$(find "$cache" -mtime -7)" ]; then
    step "debootstrap from the downloads of $(date -r "$cache" +%F) ($cache)"
else
    step "debootstrap: downloading $suite minbase (kept in $cache)"
    rm -f "$cache"
    debootstrap --variant=minbase --arch="$arch" --make-tarball="$cache.part" "$suite" "$work/download" "$mirror" \
        >"$work/debootstrap-download.log" 2>&1 || { tail -20 "$work/debootstrap-download.log" >&2; fail "debootstrap --make-tarball"; }
    mv "$cache.part" "$cache"
    rm -rf --one-file-system "$work/download"
fi
debootstrap --variant=minbase --arch="$arch" --unpack-tarball="$cache" "$suite" "$root" "$mirror" \
    >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log" >&2; fail "debootstrap (log: $work/debootstrap.log)"; }
step "debootstrap done: a fresh Debian $suite in $root"

mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The suites a Debian 12 system has: the release, its updates and its security updates.
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb ${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} $suite-security main
EOF
mkdir -p -m 1777 "$root/tmp/.X11-unix"
cp "$deb" "$root/tmp/"
package=/tmp/$(basename "$deb")

step "apt-get install $(basename "$deb") (Depends only, no Recommends), xvfb, xauth, x11-utils, man-db"
in_root apt-get update -q >"$work/apt.log" 2>&1 || { tail -20 "$work/apt.log" >&2; fail "apt-get update"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "$package" xvfb xauth x11-utils man-db >>"$work/apt.log" 2>&1 \
    || { tail -30 "$work/apt.log" >&2; fail "apt-get could not install the package (log: $work/apt.log)"; }
in_root dpkg-query -W -f='${Status}\n' irndesk | grep -q "install ok installed" || fail "irndesk is not installed"
step "installed: $(in_root dpkg-query -W -f='${Package} ${Version}, ${Installed-Size} KiB' irndesk)"
in_root useradd --create-home --shell /bin/sh tester

step "irndesk-cli --version"
got=$(as_user irndesk-cli --version) || fail "irndesk-cli --version exited with $?"
[ "$got" = "irndesk-cli $version" ] || fail "irndesk-cli --version printed '$got', not 'irndesk-cli $version'"

step "irndesk-cli validate (a valid invoice, then one with an error)"
cp "$sample" "$root/tmp/invoice.json"
sed 's/"27AABCU9603R1ZN"/"27AABCU9603R1ZX"/' "$sample" >"$root/tmp/bad-invoice.json"
chmod 644 "$root/tmp/invoice.json" "$root/tmp/bad-invoice.json"
out=$(as_user irndesk-cli validate /tmp/invoice.json --today 21/11/2026 2>&1) || fail "validate: exit $?: $out"
grep -q "1 valid, 0 with errors" <<<"$out" || fail "validate: unexpected output: $out"
code=0; out=$(as_user irndesk-cli validate /tmp/bad-invoice.json --today 21/11/2026 2>&1) || code=$?
[ $code = 1 ] || fail "validate of an invoice with a wrong GSTIN: exit $code (expected 1): $out"

step "irndesk-cli workspace add, import, list, store check (a new store: Qt's SQLite driver)"
store=/home/tester/cli.sqlite
out=$(as_user irndesk-cli workspace add --gstin 27AAPFU0939F1ZV --legal-name "Test Traders" --store $store 2>&1) \
    || fail "workspace add: exit $?: $out"
out=$(as_user irndesk-cli import /tmp/invoice.json --today 21/11/2026 --store $store 2>&1) || fail "import: exit $?: $out"
out=$(as_user irndesk-cli list --store $store 2>&1) || fail "list: exit $?: $out"
grep -q "MH/2026/0042 .* ready" <<<"$out" || fail "list does not show the imported invoice as ready: $out"
out=$(as_user irndesk-cli store check --store $store 2>&1) || fail "store check: exit $?: $out"

step "man irndesk-cli"
page=$(as_user man -w irndesk-cli) || fail "man -w irndesk-cli found no page"
[ "$page" = /usr/share/man/man1/irndesk-cli.1.gz ] || fail "man -w irndesk-cli: $page"
as_user env MANWIDTH=80 man irndesk-cli 2>&1 | grep -q "irndesk-cli - check, convert" || fail "man irndesk-cli does not render"
as_user man -w irndesk >/dev/null || fail "man -w irndesk found no page"

step "the files menus and software centres read"
for f in /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/doc/irndesk/copyright \
         /usr/bin/irndesk /usr/bin/irndesk-cli; do
    [ -f "$root$f" ] || fail "$f is not installed"
done
for size in 16 24 32 48 64 128 256 512; do
    [ -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" ] || fail "no $size px icon"
done
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 \
    || { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }

step "irndesk --store /tmp/t.sqlite under Xvfb: the main window and, on this new store, the guided setup (30 s at most); a second start on the store hands over"
cat >"$root/tmp/gui-test.sh" <<'EOF'
irndesk --store /tmp/t.sqlite >/tmp/irndesk.log 2>&1 &
pid=$!
tries=0
shown() {
    xwininfo -root -tree 2>/dev/null | grep -q '"IRN Desk"' && xwininfo -root -tree 2>/dev/null | grep -q '"IRN Desk [^"]*guided setup"'
}
until shown; do
    if ! kill -0 $pid 2>/dev/null; then
        wait $pid; echo "irndesk ended (exit $?) before it showed a window"; exit 1
    fi
    tries=$((tries + 1))
    if [ $tries -gt 150 ]; then echo "no main window and guided setup after 30 s"; xwininfo -root -tree | grep irndesk; kill -9 $pid; exit 1; fi
    sleep 0.2
done
xwininfo -root -tree | grep 'IRN Desk' | head -3
kill -0 $pid || { echo "irndesk ended right after it showed its window"; exit 1; }
# One instance per store: a second start on it hands over to the first and ends at once.
timeout 20 irndesk --store /tmp/t.sqlite >/tmp/irndesk-second.log 2>&1; second=$?
[ $second = 0 ] || { echo "a second irndesk on the same store exited with $second"; cat /tmp/irndesk-second.log; exit 1; }
kill -0 $pid || { echo "the first irndesk ended when the second started"; exit 1; }
echo "a second start on the same store handed over and ended (exit 0)"
kill -TERM $pid
wait $pid; code=$?
# 143: ended by the TERM sent just now; anything else (a crash: 134 abort, 139 segfault) fails.
[ $code = 143 ] || [ $code = 0 ] || { echo "irndesk exited with $code on TERM"; exit 1; }
EOF
chmod 755 "$root/tmp/gui-test.sh"
as_user xvfb-run -a -s "-screen 0 1280x800x24" sh /tmp/gui-test.sh >"$work/gui.log" 2>&1 \
    || { cat "$work/gui.log" "$root/tmp/irndesk.log" >&2 2>/dev/null; fail "the GUI did not start (log: $work/gui.log)"; }
sed 's/^/    /' "$work/gui.log"

step "passed: the package installs with apt on a fresh Debian $suite and runs"
