#!/bin/sh
# The Debian libraries Qt needs (offscreen and on a real X display), fonts for
# the window, and the tools the tests use. Installs what is missing when run as
# root; otherwise prints the exact command and stops.
set -eu
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian: nothing to check

PACKAGES="libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 \
fonts-dejavu-core xauth libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 xvfb poppler-utils python3-venv"

missing=""
for pkg in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $pkg" ;;
    esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = "0" ]; then
    echo "Cài các gói hệ thống còn thiếu:$missing"
    DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing >/dev/null
else
    echo "Thiếu các gói hệ thống mà Qt cần. Hãy chạy lệnh sau rồi chạy lại make:"
    echo "  sudo apt-get install -y$missing"
    exit 1
fi
