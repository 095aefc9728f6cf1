#!/bin/sh
# Smoke test of the frozen program (run by `make dist`): every step checks what came out,
# not just the exit code.  Usage: sh packaging/smoke.sh [dist/kehoach]
set -eu
DIST=${1:-dist/kehoach}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN="$DIST/kehoach"
[ -x "$DIST/kehoach.exe" ] && BIN="$DIST/kehoach.exe"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kehoach-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# The frozen program must never touch the real profile or Documents while being tested.
export KEHOACH_DATA_DIR="$WORK/data" KEHOACH_DOCUMENTS_DIR="$WORK/Documents"
export QT_QPA_PLATFORM=offscreen
failures=0

# The window through the console program, whose output the checks read (Windows'
# KeHoachCLGD.exe has no console; it gets a check of its own below).
gui() { "$BIN" gui "$@"; }
ok()   { echo "  ok    $1"; }
fail() { echo "  FAIL  $1"; failures=$((failures + 1)); }
# The width and height in a PNG's IHDR chunk (bytes 16–23, big-endian).
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }

echo "Smoke test of $DIST ($(du -sh "$DIST" | cut -f1))"
[ -x "$BIN" ] || { echo "  FAIL  $BIN is missing: build first (make dist)"; exit 1; }

# 1. --version says the version the sources say.
want=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/kehoach_desktop/__init__.py")
got=$("$BIN" --version)
[ "$got" = "kehoach $want" ] && ok "--version: $got" || fail "--version printed '$got', expected 'kehoach $want'"

# 2. The bundled catalogs are all there, the provisional ones marked.
catalogs=$("$BIN" catalog)
count=$(printf '%s\n' "$catalogs" | grep -c '^tt' || true)
provisional=$(printf '%s\n' "$catalogs" | grep -c 'TẠM THỜI' || true)
[ "$count" -ge 6 ] && [ "$provisional" -ge 3 ] && ok "catalog: $count frameworks, $provisional provisional" \
    || fail "catalog listed $count frameworks ($provisional provisional)"

# 3. The demo school is written, passes check, and is never overwritten.
DB="$WORK/truong-mau.db"
"$BIN" demo "$DB" >/dev/null && [ -s "$DB" ] && ok "demo wrote $(wc -c <"$DB") bytes" || fail "demo did not write $DB"
report=$("$BIN" check "$DB" 2>&1) || true
if printf '%s\n' "$report" | grep -q 'Toàn vẹn dữ liệu: tốt' && printf '%s\n' "$report" | grep -q 'Kế hoạch năm học'; then
    ok "check: $(printf '%s\n' "$report" | grep -c 'Kế hoạch năm học') plans, integrity ok"
else
    fail "check said: $report"
fi
set +e; "$BIN" demo "$DB" >/dev/null 2>"$WORK/refused.txt"; code=$?; set -e
[ "$code" = 2 ] && grep -q 'đã có' "$WORK/refused.txt" && ok "demo refuses to overwrite (exit 2, Vietnamese message)" \
    || fail "demo over an existing file exited $code: $(cat "$WORK/refused.txt")"

# 4. The demo plans print to PDF with pages, embedded fonts and exact Vietnamese text.
if "$BIN" print plan --help >/dev/null 2>&1; then
    for year in 2024-2025 2026-2027; do
        PDF="$WORK/ke-hoach-$year.pdf"
        "$BIN" print plan "$DB" --year "$year" -o "$PDF" >/dev/null || { fail "print plan $year failed"; continue; }
        pages=$(pdfinfo "$PDF" 2>/dev/null | sed -n 's/^Pages: *//p')
        text=$(pdftotext -layout "$PDF" - 2>/dev/null)
        unembedded=$(pdffonts "$PDF" 2>/dev/null | awk 'NR>2 && $(NF-4)!="yes"' | wc -l)
        if [ "${pages:-0}" -ge 1 ] && printf '%s' "$text" | grep -q 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' \
            && printf '%s' "$text" | grep -q 'KẾ HOẠCH' && [ "$unembedded" = 0 ]; then
            ok "print plan $year: $pages pages, Vietnamese text extracts exactly, fonts embedded"
        else
            fail "print plan $year: pages=${pages:-?}, unembedded fonts=$unembedded"
        fi
    done
    # Each plan keeps the governing body of its date; a new plan reads its form's text and the
    # administration rules from the bundled data (resources/forms, resources/administration).
    if pdftotext -layout "$WORK/ke-hoach-2024-2025.pdf" - 2>/dev/null | grep -q 'UBND HUYỆN AN PHÚ' \
        && pdftotext -layout "$WORK/ke-hoach-2026-2027.pdf" - 2>/dev/null | grep -q 'UBND XÃ HÒA BÌNH' \
        && "$BIN" school set "$DB" --commune "xã Hòa Bình" --province "tỉnh An Giang" --propose >"$WORK/school.txt" 2>&1 \
        && grep -q 'Phòng Văn hóa - Xã hội xã Hòa Bình' "$WORK/school.txt" \
        && "$BIN" plan new "$DB" --year 2027-2028 >"$WORK/new.txt" 2>&1 \
        && "$BIN" print plan "$DB" --year 2027-2028 -o "$WORK/new.pdf" >/dev/null 2>&1 \
        && pdftotext "$WORK/new.pdf" - 2>/dev/null | tr '\n' ' ' | grep -q 'Không xây dựng kế hoạch cải tiến đối với'; then
        ok "letterheads of their dates (UBND HUYỆN 2024, UBND XÃ 2026); school set proposes; plan new 2027-2028 prints Biểu 2's text"
    else
        fail "school in 2026: $(tail -3 "$WORK/school.txt" "$WORK/new.txt" 2>/dev/null | tr '\n' ' ')"
    fi
    # The inspection record and the progress report, each checked by words only it prints.
    for doc in "inspection:biên bản:KIỂM TRA KẾ HOẠCH" "progress:báo cáo tiến độ:KẾT QUẢ THỰC HIỆN KẾ HOẠCH"; do
        kind=${doc%%:*}; rest=${doc#*:}; name=${rest%%:*}; words=${rest#*:}
        PDF="$WORK/$kind.pdf"
        set -- print "$kind" "$DB" --year 2024-2025 -o "$PDF"
        [ "$kind" = progress ] && set -- "$@" --as-of 2025-04
        if "$BIN" "$@" >/dev/null 2>"$WORK/err.txt" && pdftotext -layout "$PDF" - 2>/dev/null | grep -q "$words"; then
            ok "print $kind: the $name prints, $(pdfinfo "$PDF" | sed -n 's/^Pages: *//p') pages, '$words' extracts"
        else
            fail "print $kind: $(tr '\n' ' ' <"$WORK/err.txt")"
        fi
    done
else
    fail "print plan: this build has no 'kehoach print' command"
fi

# 4b. The demo's self-assessment (Thông tư 57, Biểu 1): its level with why and a what-if, the register's
#     one warning (an expired certificate), the report, the evidence list and the council papers in PDF
#     (each checked by words only it prints, fonts embedded), and the report in Word.
level=$("$BIN" assess level "$DB" 2>&1) || true
if printf '%s\n' "$level" | grep -q 'Mức đạt của nhà trường năm học 2025-2026: Mức 1' \
    && printf '%s\n' "$level" | grep -q 'tiêu chí bắt buộc chưa đạt Mức 2: 1.3, 2.2, 3.2, 4.1, 4.2' \
    && "$BIN" assess level "$DB" --if 1.3=2,2.2=2,3.2=2,4.1=2,4.2=2 2>&1 | grep -q 'đạt Mức 2 (cao hơn)'; then
    ok "assess level: Mức 1 and why; if the five mandatory criteria reach Mức 2, Mức 2"
else
    fail "assess level said: $(printf '%s' "$level" | tr '\n' ' ')"
fi
if "$BIN" evidence list "$DB" 2>&1 | grep -q '^Danh mục minh chứng năm học 2025-2026: 151 minh chứng' \
    && "$BIN" evidence check "$DB" 2>&1 | grep -q 'MC.4.2.05 .* đã hết hiệu lực ngày 14/03/2026'; then
    ok "evidence list: 151 items; evidence check: the expired certificate"
else
    fail "evidence list/check: $("$BIN" evidence check "$DB" 2>&1 | head -3 | tr '\n' ' ')"
fi
for doc in "assessment:Phần IV. PHỤ LỤC" "evidence:MC.4.3.10" "council:08/QĐ-THCSHB"; do
    kind=${doc%%:*}; words=${doc#*:}
    PDF="$WORK/tu-danh-gia-$kind.pdf"
    if "$BIN" print "$kind" "$DB" -o "$PDF" >/dev/null 2>"$WORK/err.txt" \
        && pdftotext "$PDF" - 2>/dev/null | grep -q "$words" \
        && { [ "$kind" != assessment ] || pdftotext "$PDF" - 2>/dev/null | grep -q 'Phần I. TỔNG QUAN'; } \
        && [ "$(pdffonts "$PDF" 2>/dev/null | awk 'NR>2 && $(NF-4)!="yes"' | wc -l)" = 0 ]; then
        ok "print $kind: $(pdfinfo "$PDF" | sed -n 's/^Pages: *//p') pages, '$words' extracts, fonts embedded"
    else
        fail "print $kind: $(tr '\n' ' ' <"$WORK/err.txt")"
    fi
done
DOCX="$WORK/bao-cao-tu-danh-gia.docx"
if "$BIN" print assessment "$DB" --word -o "$DOCX" >/dev/null 2>"$WORK/err.txt" && [ "$(head -c 2 "$DOCX")" = PK ] \
    && [ "$(wc -c <"$DOCX")" -gt 20000 ]; then
    ok "print assessment --word: $(wc -c <"$DOCX") bytes"
else
    fail "print assessment --word: $(tr '\n' ' ' <"$WORK/err.txt")"
fi

# 5. Word and Excel (python-docx and openpyxl read their templates from the folder), and the
#    trip to the district office on a USB stick (SHA-256 checks without OpenSSL).
if "$BIN" word export "$DB" --year 2024-2025 -o "$WORK/ke-hoach.docx" >/dev/null 2>"$WORK/err.txt" \
    && "$BIN" word import "$WORK/ke-hoach.docx" "$WORK/doc-vao.db" --dry-run >"$WORK/word.txt" 2>&1 \
    && grep -q '16 dòng kế hoạch' "$WORK/word.txt"; then
    ok "word export, then word import --dry-run reads back 16 rows"
else
    fail "word export/import: $(tr '\n' ' ' <"$WORK/err.txt") $(tail -3 "$WORK/word.txt" 2>/dev/null | tr '\n' ' ')"
fi
"$BIN" excel export "$DB" -o "$WORK/ke-hoach.xlsx" >/dev/null 2>&1 && [ "$(wc -c <"$WORK/ke-hoach.xlsx")" -gt 5000 ] \
    && ok "excel export: $(wc -c <"$WORK/ke-hoach.xlsx") bytes" || fail "excel export wrote no workbook"
mkdir -p "$WORK/usb"
if "$BIN" export "$DB" "$WORK/usb" >/dev/null 2>&1 \
    && "$BIN" district init --name "Phòng GD&ĐT Thử" "$WORK/phong.db" >/dev/null 2>&1 \
    && "$BIN" district import "$WORK/phong.db" "$WORK"/usb/*.db >/dev/null 2>&1 \
    && "$BIN" district list "$WORK/phong.db" 2>&1 | grep -q 'Trường THCS Hòa Bình'; then
    ok "export to a USB folder, district import, district list shows the school"
else
    fail "export → district import → list did not show the demo school"
fi
# The commune office inspects the demo's 2026 plan, prints the record, signs its reply; the school takes it;
# the commune's signed bundle goes into a Sở (Ed25519 from the cryptography package, in the frozen folder).
cat >"$WORK/bb.json" <<'JSON'
{"started_at": "2026-11-20T08:00", "ended_at": "2026-11-20T10:00", "number": "12/BB-VHXH",
 "team": [{"name": "Ông Trần Văn Bảo", "team_role": "Tổ trưởng"}],
 "findings": [{"row": 1, "status": "done", "comment": "Có biên bản."}]}
JSON
if "$BIN" office init "$WORK/xa.db" --kind xa --commune "xã Hòa Bình" --province "tỉnh An Giang" >/dev/null 2>&1 \
    && "$BIN" office import "$WORK/xa.db" "$WORK"/usb/*.db >/dev/null 2>&1 \
    && "$BIN" office inspect "$WORK/xa.db" --school THCS-AP-017 --year 2026-2027 --from "$WORK/bb.json" >/dev/null 2>&1 \
    && "$BIN" office inspect "$WORK/xa.db" --school THCS-AP-017 --year 2026-2027 --print -o "$WORK/bb.pdf" >/dev/null 2>&1 \
    && [ "$(head -c 5 "$WORK/bb.pdf")" = "%PDF-" ] \
    && "$BIN" office reply "$WORK/xa.db" --school THCS-AP-017 --year 2026-2027 --decision approved -o "$WORK/ph.json" >/dev/null 2>&1 \
    && "$BIN" reply import "$DB" "$WORK/ph.json" 2>&1 | grep -q 'Có chữ ký của cơ quan' \
    && mkdir -p "$WORK/usb2" && "$BIN" office export "$WORK/xa.db" -o "$WORK/usb2" >/dev/null 2>&1 \
    && "$BIN" office init "$WORK/so.db" --kind so --province "tỉnh An Giang" >/dev/null 2>&1 \
    && "$BIN" office import "$WORK/so.db" "$WORK"/usb2/*.zip >/dev/null 2>&1 \
    && "$BIN" office list "$WORK/so.db" 2>&1 | grep -q 'xã Hòa Bình'; then
    ok "office inspect + print, signed reply taken by the school, signed commune bundle into a Sở"
else
    fail "the commune office's record, reply or bundle failed in the frozen program"
fi

# 6. The window renders offscreen at 1366×768 with the demo plan in it.
PNG="$WORK/window.png"
gui --demo --screenshot "$PNG" >/dev/null 2>"$WORK/gui.txt" || true
if [ -s "$PNG" ] && [ "$(png_size "$PNG")" = "1366x768" ] && [ "$(wc -c <"$PNG")" -gt 30000 ]; then
    ok "gui --demo --screenshot: $(png_size "$PNG"), $(wc -c <"$PNG") bytes"
else
    fail "gui --demo --screenshot gave no proper PNG: $(tr '\n' ' ' <"$WORK/gui.txt")"
fi
# Windows: the Start-menu program (no console) renders the same window.
if [ -x "$DIST/KeHoachCLGD.exe" ]; then
    WINPNG="$WORK/window-gui-exe.png"
    "$DIST/KeHoachCLGD.exe" --demo --screenshot "$WINPNG" || true
    [ "$(png_size "$WINPNG" 2>/dev/null)" = "1366x768" ] && ok "KeHoachCLGD.exe --demo --screenshot: 1366x768" \
        || fail "KeHoachCLGD.exe did not render the window"
fi
# On a real X display (a virtual one): the bundled xcb plugin and its libraries load.
if [ "$(uname)" = Linux ] && command -v xvfb-run >/dev/null 2>&1; then
    X11PNG="$WORK/window-x11.png"
    if env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1366x768x24" "$BIN" gui --demo --screenshot "$X11PNG" \
        >/dev/null 2>"$WORK/x11.txt" && [ "$(png_size "$X11PNG")" = "1366x768" ]; then
        ok "gui on X11 (xvfb): $(png_size "$X11PNG")"
    else
        fail "gui on X11 (xvfb): $(tail -3 "$WORK/x11.txt" | tr '\n' ' ')"
    fi
fi
# First start: an empty profile and no file, so the window opens on the welcome page.
rm -rf "$KEHOACH_DATA_DIR"
if (export KEHOACH_STARTUP_PROBE=1; gui 2>"$WORK/first.txt") | grep -q '^shown ' && [ ! -e "$KEHOACH_DATA_DIR/truong-mau.db" ]; then
    ok "first start with no file: the window opens (welcome page, no demo written)"
else
    fail "first start with no file: $(tail -3 "$WORK/first.txt" | tr '\n' ' ')"
fi

# 6b. The window's own strings in both languages and Qt's own buttons and menus in Vietnamese
#     (PySide6 ships no Vietnamese for Qt; translations/qtbase_vi.qm is ours).
missing_qm=""
for qm in kehoach_vi.qm kehoach_en.qm qtbase_vi.qm; do
    find "$DIST" -path "*/translations/$qm" | grep -q . || missing_qm="$missing_qm $qm"
done
[ -z "$missing_qm" ] && ok "translations bundled: kehoach_vi, kehoach_en, qtbase_vi" \
    || fail "translations missing from the folder:$missing_qm"

# 7. The About box can name every bundled library's version and licence.
packages=$(find "$DIST" -path '*.dist-info/METADATA' | wc -l)
licences=$(find "$DIST" -path '*.dist-info/*' \( -iname 'LICEN?E*' -o -iname 'COPYING*' \) | wc -l)
[ "$packages" -ge 10 ] && ok "metadata of $packages bundled packages, $licences licence texts" \
    || fail "only $packages package metadata files in the folder (the About box shows no versions)"

# 8. Nothing in the folder points outside it or nowhere.
dangling=$(find "$DIST" -xtype l | wc -l)
[ "$dangling" = 0 ] && ok "no dangling symlinks" || fail "$dangling dangling symlinks in $DIST"

# 9. Linux: nothing inside needs a newer glibc than Ubuntu 22.04's 2.35 (Debian 12 has 2.36).
if [ "$(uname)" = Linux ] && command -v objdump >/dev/null 2>&1; then
    newest=$(find "$DIST" -type f \( -name '*.so*' -o -perm -u+x \) -exec objdump -T {} + 2>/dev/null \
        | grep -o 'GLIBC_2\.[0-9]*' | sort -t. -k2 -n -u | tail -1)
    case "$newest" in
        GLIBC_2.3[6-9]|GLIBC_2.[4-9]?) fail "a bundled library needs $newest: the folder would not start on Ubuntu 22.04" ;;
        *) ok "newest glibc symbol needed: ${newest:-none} (Ubuntu 22.04 has 2.35)" ;;
    esac
    # libstdc++ is the host's (see bundle_filter.py): Ubuntu 22.04's provides up to GLIBCXX_3.4.30.
    cxx=$(find "$DIST" -type f -name '*.so*' -exec objdump -T {} + 2>/dev/null \
        | grep -o 'GLIBCXX_3\.4\.[0-9]*' | sort -t. -k3 -n -u | tail -1)
    case "$cxx" in
        GLIBCXX_3.4.3[1-9]|GLIBCXX_3.4.[4-9]?) fail "a bundled library needs $cxx, newer than Ubuntu 22.04's libstdc++" ;;
        *) ok "newest libstdc++ symbol needed: ${cxx:-none} (Ubuntu 22.04 has 3.4.30)" ;;
    esac
fi

if [ "$failures" -gt 0 ]; then
    echo "Smoke test: $failures check(s) failed"
    exit 1
fi
echo "Smoke test passed"
