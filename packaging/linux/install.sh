#!/bin/sh
# Install the one-folder build for the current user only (no root): the program in
# ~/.local/opt/kehoach, commands in ~/.local/bin, the menu entry and icons under
# ~/.local/share. School files are not here: they stay in ~/Documents/Kế hoạch CLGD.
#   sh packaging/linux/install.sh [dist/kehoach]        # install or upgrade
#   sh packaging/linux/install.sh --uninstall           # remove the program, never the school files
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${XDG_DATA_HOME:-$HOME/.local/share}
OPT="$HOME/.local/opt/kehoach"
BIN="$HOME/.local/bin"
SIZES="16 24 32 48 64 128 256"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT"
    rm -f "$BIN/kehoach" "$PREFIX/applications/kehoach.desktop"
    for size in $SIZES; do rm -f "$PREFIX/icons/hicolor/${size}x${size}/apps/kehoach.png"; done
    echo "Đã gỡ Kế hoạch CLGD. Các tệp dữ liệu của trường vẫn được giữ nguyên."
    exit 0
fi

DIST=${1:-$HERE/../../dist/kehoach}
[ -x "$DIST/kehoach" ] || { echo "Không thấy $DIST/kehoach: hãy chạy 'make dist' trước." >&2; exit 1; }
mkdir -p "$OPT.new" "$BIN" "$PREFIX/applications"
cp -a "$DIST/." "$OPT.new/"
rm -rf "$OPT" && mv "$OPT.new" "$OPT"
ln -sf "$OPT/kehoach" "$BIN/kehoach"
ICONS="$OPT/_internal/resources/icons"
for size in $SIZES; do
    mkdir -p "$PREFIX/icons/hicolor/${size}x${size}/apps"
    cp "$ICONS/kehoach-$size.png" "$PREFIX/icons/hicolor/${size}x${size}/apps/kehoach.png"
done
# A menu entry needs an absolute Exec: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=kehoach |Exec=$OPT/kehoach |" "$HERE/kehoach.desktop" > "$PREFIX/applications/kehoach.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$PREFIX/applications" || true
echo "Đã cài Kế hoạch CLGD vào $OPT (menu: Văn phòng)."
