#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# installer/appimage/build-appimage.sh [BUILD_DIR]
#
# An AppImage of IRN Desk for Linux distributions other than Debian 12. A recipe for a CI runner:
# it is not run by this project's CI (it needs linuxdeploy from the network and should run on the
# OLDEST glibc the AppImage is to support, e.g. Ubuntu 22.04 or a manylinux-style container, with
# Qt 6.4+ from aqtinstall and QuaZip-Qt6, QtKeychain-Qt6, libqrencode, OpenSSL 3 and SQLite built
# or installed there). See installer/README.md.
#
# Environment: QMAKE (Qt 6's qmake, which linuxdeploy's Qt plugin asks where Qt is; default
# `qmake6` or `qmake` on PATH), LINUXDEPLOY_DIR (where linuxdeploy is downloaded; default BUILD_DIR).
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build=$(readlink -m "${1:-$source_dir/build-appimage}")
tools=${LINUXDEPLOY_DIR:-$build}
appdir=$build/AppDir
app_id=io.github.irndesk.IrnDesk
arch=$(uname -m)

export QMAKE=${QMAKE:-$(command -v qmake6 || command -v qmake)}
[ -x "$QMAKE" ] || { echo "build-appimage: set QMAKE to Qt 6's qmake" >&2; exit 2; }

# 1. Build and install into the AppDir, as a distribution would (prefix /usr).
cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DIRNDESK_BUILD_TESTS=OFF -DIRNDESK_BUILD_BENCH=OFF -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --strip

# 2. linuxdeploy and its Qt plugin (continuous builds; pin a release in a real pipeline).
mkdir -p "$tools"
for tool in linuxdeploy linuxdeploy-plugin-qt; do
    file=$tools/$tool-$arch.AppImage
    if [ ! -x "$file" ]; then
        curl -fsSL -o "$file" "https://github.com/linuxdeploy/$tool/releases/download/continuous/$tool-$arch.AppImage"
        chmod +x "$file"
    fi
done

# 3. Qt's libraries and plugins (platforms, the SQLite driver, image formats) and every other
#    library the two programs need, then the AppImage. The desktop file and icon are ours; the
#    AppRun starts the desktop file's Exec, irndesk; irndesk-cli is inside, deployed too, with the
#    offscreen platform plugin that `irndesk-cli print` uses (xcb is deployed by default; under
#    Wayland the app runs through XWayland).
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
cd "$build"
LINUXDEPLOY_OUTPUT_VERSION=$version EXTRA_PLATFORM_PLUGINS=libqoffscreen.so PATH="$tools:$PATH" \
"$tools/linuxdeploy-$arch.AppImage" --appdir "$appdir" --plugin qt --output appimage \
    --executable "$appdir/usr/bin/irndesk" --executable "$appdir/usr/bin/irndesk-cli" \
    --desktop-file "$appdir/usr/share/applications/$app_id.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png"
ls -l "$build"/*.AppImage
