#!/bin/sh
# Open the app on the bundled demo school. With no display (a server, a CI box)
# the window goes to a virtual X screen so that `make run` still works.
set -eu
VENV=${1:-.venv}
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" != "Linux" ]; then
    exec "$VENV/bin/kehoach" gui --demo
fi
if command -v xvfb-run >/dev/null 2>&1; then
    echo "Không có màn hình: mở chương trình trên màn hình ảo (xvfb). Nhấn Ctrl+C để thoát."
    exec xvfb-run -a -s "-screen 0 1366x768x24" "$VENV/bin/kehoach" gui --demo
fi
echo "Không có màn hình: chạy Qt ở chế độ offscreen."
QT_QPA_PLATFORM=offscreen exec "$VENV/bin/kehoach" gui --demo
