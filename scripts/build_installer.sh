#!/usr/bin/env bash
# Build the desktop bundle from build_installer.spec, then smoke-test the built app.
#
#   bash scripts/build_installer.sh            # one-folder bundle: dist/ikt-desktop/ikt-desktop
#   IKT_ONEFILE=1 bash scripts/build_installer.sh   # one file: dist/ikt-desktop
#
# Python: the active virtualenv's, else ${PYTHON:-python3}. Exits non-zero on any failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -n "${VIRTUAL_ENV:-}" && -x "$VIRTUAL_ENV/bin/python" ]]; then
    PY="$VIRTUAL_ENV/bin/python"
else
    PY="${PYTHON:-python3}"
fi
command -v "$PY" >/dev/null || { echo "build_installer: no python at '$PY'" >&2; exit 1; }
echo "== python: $("$PY" -c 'import sys; print(sys.executable, sys.version.split()[0])')"

if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    echo "== installing pyinstaller"
    "$PY" -m pip install 'pyinstaller>=6.5'
fi
echo "== pyinstaller $("$PY" -m PyInstaller --version)"

fail() { echo "build_installer: FAILED: $*" >&2; exit 1; }

# A one-file build writes the file dist/ikt-desktop where a one-folder build has its folder.
rm -rf dist/ikt-desktop

echo "== building (IKT_ONEFILE=${IKT_ONEFILE:-0})"
start=$(date +%s.%N)
"$PY" -m PyInstaller --noconfirm --clean build_installer.spec
end=$(date +%s.%N)
build_seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')

if [[ -d dist/ikt-desktop ]]; then
    APP=dist/ikt-desktop/ikt-desktop
    BUNDLE_DATA=dist/ikt-desktop/_internal
else
    APP=dist/ikt-desktop
    BUNDLE_DATA=""
fi
[[ -x "$APP" ]] || fail "no executable at $APP"

echo "== build took ${build_seconds}s"
echo "== bundle size: $(du -sh dist/ikt-desktop | cut -f1) ($(du -sm dist/ikt-desktop | cut -f1) MB)"
if [[ -n "$BUNDLE_DATA" ]]; then
    echo "== largest files in the bundle:"
    # awk reads to the end (head would close the pipe early: SIGPIPE fails the pipeline)
    find dist/ikt-desktop -type f -printf '%s\t%P\n' | sort -rn \
        | awk -F'\t' 'NR <= 12 { printf "   %6.1f MB  %s\n", $1 / 1048576, $2 }'
    for f in resources/icons/app.svg resources/demo/study.toml \
             ikt_desktop/db/migrations/env.py ikt_desktop/db/migrations/script.py.mako \
             ikt_desktop/db/migrations/versions/0001_initial.py \
             docx/templates/default.docx docx/templates/default-footer.xml; do
        [[ -f "$BUNDLE_DATA/$f" ]] || fail "bundle lacks $f"
    done
    # QtNetwork is in since recordings (issue 17): the QtMultimedia binding imports it and
    # the FFmpeg media plugin links it. The app opens no socket (invariant 8, tested).
    if compgen -G "$BUNDLE_DATA/PySide6/QtQuick.*" >/dev/null \
        || compgen -G "$BUNDLE_DATA/PySide6/QtQml.*" >/dev/null; then
        fail "the QtQml/QtQuick bindings got into the bundle (excluded in build_installer.spec)"
    fi
    echo "== recordings: Qt Multimedia with its FFmpeg backend"
    plugin="$BUNDLE_DATA/PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so"
    [[ -f "$plugin" ]] || fail "bundle lacks the FFmpeg media plugin ($plugin)"
    for lib in libavcodec libavformat libavutil libswresample libswscale libQt6Multimedia; do
        compgen -G "$BUNDLE_DATA/PySide6/Qt/lib/$lib.so*" >/dev/null || fail "bundle lacks $lib"
    done
    if command -v ldd >/dev/null && ldd "$plugin" | grep -q "not found"; then
        ldd "$plugin" | grep "not found" >&2
        fail "the FFmpeg media plugin misses libraries in the bundle"
    fi
    echo "   $(du -shc "$BUNDLE_DATA"/PySide6/Qt/lib/lib{av,sw}*.so* "$plugin" | tail -1 | cut -f1) of FFmpeg and its plugin"
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/ikt-smoke.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT
# guard against a hung app (e.g. a modal crash dialog in the offscreen smoke start)
run() { if command -v timeout >/dev/null; then timeout 120 "$@"; else "$@"; fi; }

echo "== smoke: --version"
version="$(run "$APP" --version)" || fail "$APP --version"
echo "   $version"
[[ "$version" == "iKT Desktop "* ]] || fail "unexpected --version output: $version"

echo "== smoke: offscreen GUI start on the demo project (--quit-after 3)"
export IKT_DESKTOP_HOME="$TMP/home"
mkdir -p "$IKT_DESKTOP_HOME"
QT_QPA_PLATFORM=offscreen run "$APP" --demo --quit-after 3 \
    || fail "GUI smoke start exited $?"
log="$IKT_DESKTOP_HOME/logs/ikt-desktop.log"
if [[ -f "$log" ]] && grep -Eq 'Traceback|ERROR|CRITICAL' "$log"; then
    cat "$log" >&2
    fail "errors in the app log during the GUI smoke start"
fi
compgen -G "$IKT_DESKTOP_HOME/data/demo/iKT demo *.ikt" >/dev/null \
    || fail "--demo wrote no demo project"

echo "== smoke: headless demo / info / check"
run "$APP" demo "$TMP/d.ikt" || fail "$APP demo"
info="$(run "$APP" info "$TMP/d.ikt" --json)" || fail "$APP info"
echo "   $info"
"$PY" - "$info" <<'PYCHECK' || fail "info --json did not report \"sources\": 8"
import json, sys
sources = json.loads(sys.argv[1]).get("sources")
if sources != 8:
    sys.exit(f"expected sources == 8, got {sources!r}")
PYCHECK
check="$(run "$APP" check "$TMP/d.ikt")" || fail "$APP check: $check"
[[ "$check" == "ok" ]] || fail "check printed: $check"

echo "== smoke: encrypted project (SQLCipher collected): encrypt, check, decrypt"
IKT_DESKTOP_PASSWORD=smoke-test-secret run "$APP" encrypt "$TMP/d.ikt" || fail "$APP encrypt"
check="$(IKT_DESKTOP_PASSWORD=smoke-test-secret run "$APP" check "$TMP/d.ikt")" \
    || fail "$APP check (encrypted): $check"
[[ "$check" == "ok" ]] || fail "check (encrypted) printed: $check"
IKT_DESKTOP_PASSWORD=smoke-test-secret run "$APP" decrypt "$TMP/d.ikt" || fail "$APP decrypt"

echo "== smoke: search (FTS5 in the bundled SQLite) and a code x role matrix"
run "$APP" search "$TMP/d.ikt" "fatigue" --json > "$TMP/search.json" || fail "$APP search"
run "$APP" matrix "$TMP/d.ikt" --by role --json > "$TMP/matrix.json" || fail "$APP matrix"
"$PY" - "$TMP/search.json" "$TMP/matrix.json" <<'PYCHECK' || fail "search or matrix is wrong"
import json, sys
hits = json.load(open(sys.argv[1]))["hits"]
matrix = json.load(open(sys.argv[2]))
if not hits or "fatigue" not in hits[0]["snippet"].lower():
    sys.exit(f"expected hits for 'fatigue', got {hits[:1]}")
if len(matrix["columns"]) != 2 or len(matrix["cells"]) != len(matrix["rows"]):
    sys.exit(f"expected a codes x 2 roles matrix, got {matrix['columns']}")
PYCHECK
echo "   $(head -c 120 "$TMP/search.json")…"

echo "== smoke: headless export: Word report (map and charts drawn offscreen), workbook, REFI-QDA"
# the demo keeps one first name in a quotation on purpose: accept it, as its author would
run "$APP" export "$TMP/d.ikt" --docx "$TMP/report.docx" --charts --xlsx "$TMP/book.xlsx" \
    --qdpx "$TMP/d.qdpx" --accept-found-names --json > "$TMP/export.json" \
    || fail "$APP export: $(cat "$TMP/export.json")"
echo "   $(cat "$TMP/export.json")"
"$PY" - "$TMP/export.json" "$TMP/report.docx" <<'PYCHECK' || fail "the exported report is wrong"
import json, sys, zipfile
done = json.load(open(sys.argv[1]))
if not done["docx"]["map"] or done["docx"]["themes"] != 5:
    sys.exit(f"expected 5 themes and a map, got {done}")
names = zipfile.ZipFile(sys.argv[2]).namelist()
pictures = [n for n in names if n.startswith("word/media/")]
if "word/document.xml" not in names or len(pictures) < 3:
    sys.exit(f"the report has no document body or lacks the map and charts: {pictures}")
if done["xlsx"]["Quotes"] != 159 or done["qdpx"]["codings"] != 159:
    sys.exit(f"expected 159 quotes and codings, got {done}")
PYCHECK

echo "== smoke: a recording linked, embedded and exported with its times (REFI-QDA, report)"
"$PY" - "$TMP/P1.wav" <<'PYCHECK' || fail "could not write a test recording"
import sys, wave
with wave.open(sys.argv[1], "wb") as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000); w.writeframes(bytes(16000))
PYCHECK
run "$APP" link-media "$TMP/d.ikt" 1 "$TMP/P1.wav" --embed --json || fail "$APP link-media"
run "$APP" export "$TMP/d.ikt" --qdpx "$TMP/rec.qdpx" --docx "$TMP/times.docx" --quote-times \
    --accept-found-names --json > "$TMP/rec.json" || fail "$APP export with a recording"
"$PY" - "$TMP/rec.qdpx" <<'PYCHECK' || fail "the recording is not in the exported .qdpx"
import sys, zipfile
archive = zipfile.ZipFile(sys.argv[1])
qde = archive.read("project.qde").decode()
if "<AudioSource" not in qde or not [n for n in archive.namelist() if n.endswith(".wav")]:
    sys.exit("no AudioSource or no embedded .wav in the .qdpx")
PYCHECK

echo "== smoke: a team project on a PostgreSQL server (psycopg and its libpq collected)"
# the tests' own throw-away server (initdb + pg_ctl on a Unix socket); skipped, saying so,
# where PostgreSQL's server programs are not installed
stop_pg() {
    [[ -n "${pg_root:-}" ]] || return 0
    "$PY" -c "import sys; sys.path.insert(0, '.'); from pathlib import Path; \
from tests.postgres_server import PostgresServer, find_bin_dir; \
s = PostgresServer(find_bin_dir(), root=Path(sys.argv[1])); s.started = True; s.stop()" "$pg_root"
}
trap 'stop_pg; rm -rf "$TMP"' EXIT
read -r team_url pg_root < <("$PY" - <<'PYCHECK'
import sys
sys.path.insert(0, ".")
from tests.postgres_server import PostgresServer, find_bin_dir
bin_dir = find_bin_dir()
if bin_dir is None:
    print("- -")
    sys.exit(0)
server = PostgresServer(bin_dir).start()  # its own folder under /tmp, as the tests do
server.sql('CREATE DATABASE "smoke"')
print(server.url("smoke"), server.root)
PYCHECK
) || fail "could not start a PostgreSQL server for the team smoke test"
if [[ "$team_url" == "-" ]]; then pg_root=""; fi
if [[ "$team_url" != "-" && -n "$team_url" ]]; then
    run "$APP" team create "$team_url" --from "$TMP/d.ikt" || fail "$APP team create"
    info="$(run "$APP" info "$team_url" --json)" || fail "$APP info on the team project"
    "$PY" - "$info" <<'PYCHECK' || fail "info on the team project did not report 8 sources"
import json, sys
if json.loads(sys.argv[1]).get("sources") != 8:
    sys.exit(f"expected 8 sources, got {sys.argv[1][:200]}")
PYCHECK
    echo "   team create + info over $team_url"
else
    echo "   skipped: PostgreSQL's server programs (initdb, pg_ctl) are not installed"
fi

echo "== OK: built in ${build_seconds}s, $(du -sm dist/ikt-desktop | cut -f1) MB, smoke tests passed"
